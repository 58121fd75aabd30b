package org.atlas1540.server.reference;

import java.util.Comparator;
import java.util.List;
import org.atlas1540.reference.Organisation;
import org.atlas1540.reference.ReferenceData;
import org.atlas1540.reference.State;
import org.atlas1540.server.organisation.OrganisationRegister;
import org.atlas1540.server.state.StateRegister;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the States and organisations tables in step with the library's reference data, once at
 * start-up, before anything is imported and before the web server takes requests. Idempotent: a
 * data set that has not changed since it was last loaded is skipped.
 */
@Component
class ReferenceLoader implements SmartLifecycle {
    /**
     * Lifecycle phase: after the database is migrated (that happens while beans are created), before
     * the demo corpus is imported (which needs the reference data) and before the web server starts.
     */
    static final int PHASE = -200;
    static final String STATES = "states";
    static final String ORGANISATIONS = "organisations";

    private static final Logger LOG = LoggerFactory.getLogger(ReferenceLoader.class);

    private final ReferenceData reference;
    private final StateRegister states;
    private final OrganisationRegister organisations;
    private final ReferenceLoads loads;
    private final TransactionTemplate transaction;

    ReferenceLoader(StateRegister states, OrganisationRegister organisations, ReferenceLoads loads,
            TransactionTemplate transaction) {
        this.reference = ReferenceData.standard();
        this.states = states;
        this.organisations = organisations;
        this.loads = loads;
        this.transaction = transaction;
    }

    private volatile boolean running;

    @Override
    public void start() {
        load();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    /** Loads what changed; returns how many data sets were (re)loaded. */
    int load() {
        // States first: organisations refer to them.
        List<State> stateRecords = reference.states().all();
        int loaded = 0;
        if (loadIfChanged(STATES, fingerprintOfStates(stateRecords), () -> states.synchronise(stateRecords))) {
            loaded++;
        }
        List<Organisation> registry = reference.organisations().all();
        if (loadIfChanged(ORGANISATIONS, ReferenceFingerprint.of(registry),
                () -> organisations.synchronise(registry))) {
            loaded++;
        }
        return loaded;
    }

    private boolean loadIfChanged(String dataset, String fingerprint, Runnable synchronise) {
        boolean changed = !loads.fingerprint(dataset).map(fingerprint::equals).orElse(false);
        if (changed) {
            transaction.executeWithoutResult(status -> {
                synchronise.run();
                loads.record(dataset, fingerprint);
            });
            LOG.info("Loaded reference data set '{}'", dataset);
        }
        return changed;
    }

    /** Groups are a set: sort them so the fingerprint does not depend on iteration order. */
    private static String fingerprintOfStates(List<State> states) {
        return ReferenceFingerprint.of(states.stream()
                .map(s -> s.code() + "|" + s.alpha2() + "|" + s.shortName() + "|" + s.formalName() + "|" + s.status()
                        + "|" + s.groups().stream().sorted(Comparator.naturalOrder()).toList() + "|" + s.m49Region()
                        + "|" + s.m49SubRegion() + "|" + s.osce())
                .toList());
    }
}
