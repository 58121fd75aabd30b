package org.atlas1540.server.plan;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.atlas1540.reference.StateCode;
import org.atlas1540.server.audit.AuditLog;
import org.atlas1540.server.event.EventSources;
import org.atlas1540.server.event.FactReview;
import org.atlas1540.server.event.RecordSource;
import org.atlas1540.server.web.Clocks;
import org.atlas1540.server.web.ConcurrentEditException;
import org.atlas1540.server.web.FieldProblems;
import org.atlas1540.server.web.ListPage;
import org.atlas1540.server.web.NotFoundException;
import org.atlas1540.server.web.PageRequest;
import org.atlas1540.server.web.RecordConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's API: national action plans, version by version. Every change is checked (the
 * source exists and fits, no duplicate), written to the audit log in the same transaction, and
 * refused when someone else saved the same version of the row first.
 */
@Service
@Transactional(readOnly = true)
public class ActionPlans {
    /** The audit log's name for these records. */
    public static final String RECORD_TYPE = "action-plan";
    static final int MAX_PLAN_VERSION = 99;
    static final String FACT_TYPE = "national-action-plan";

    private final ActionPlanRepository plans;
    private final EventSources sources;
    private final AuditLog audit;
    private final Clock clock;
    private final FactReview review;

    ActionPlans(ActionPlanRepository plans, EventSources sources, AuditLog audit, Clock clock,
            FactReview review) {
        this.review = review;
        this.plans = plans;
        this.sources = sources;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Stores a new plan version. The review queue calls this with {@code RecordSource.ofFact(slug, n)}.
     *
     * @throws org.atlas1540.server.web.InvalidInputException when the source does not exist or does not fit
     * @throws RecordConflictException                        when the State has this version already, or
     *                                                        the fact was taken for another plan
     */
    @Transactional
    public ActionPlan create(ActionPlanValues values) {
        var problems = new FieldProblems();
        checkSource(values, problems);
        problems.throwIfAny();
        refuseDuplicates(values, null);
        ActionPlanId id;
        try {
            id = plans.insert(values, now());
        } catch (DuplicateKeyException e) {
            throw duplicate(values);
        }
        ActionPlan created = plans.find(id).orElseThrow();
        audit.record(RECORD_TYPE, id.toString(), "create", null, created);
        confirmSourceFact(values.source(), id);
        return created;
    }

    /** A plan made from a fact the reader suggested confirms that fact (it leaves the review queue). */
    private void confirmSourceFact(RecordSource source, ActionPlanId id) {
        if (source.factNumber() != null) {
            review.confirm(source.eventSlug(), source.factNumber(), "national action plan " + id);
        }
    }

    /**
     * Replaces the values of a plan version that is still at {@code expectedVersion}.
     *
     * @throws ConcurrentEditException when someone else saved it since: nothing is written
     */
    @Transactional
    public ActionPlan update(ActionPlanId id, int expectedVersion, ActionPlanValues values) {
        ActionPlan before = find(id).orElseThrow(() -> new NotFoundException("action plan", id.toString()));
        var problems = new FieldProblems();
        checkSource(values, problems);
        problems.throwIfAny();
        refuseDuplicates(values, id);
        boolean written;
        try {
            written = plans.update(id, expectedVersion, values, now());
        } catch (DuplicateKeyException e) {
            throw duplicate(values);
        }
        if (!written) {
            throw new ConcurrentEditException("Someone else saved this plan version after you opened it, so your "
                    + "changes were not saved. The current values are shown: make your changes again.");
        }
        ActionPlan after = plans.find(id).orElseThrow();
        audit.record(RECORD_TYPE, id.toString(), "update", before, after);
        return after;
    }

    public Optional<ActionPlan> find(ActionPlanId id) {
        return plans.find(id);
    }

    /** A State's plan history: its versions, the newest first. */
    public List<ActionPlan> historyOf(StateCode state) {
        return plans.ofState(state);
    }

    /** Each State that has a plan, with its newest version. */
    public Map<StateCode, ActionPlan> latestByState() {
        return plans.latestByState();
    }

    public ListPage<ActionPlan> page(StateCode state, PlanStatus status, PageRequest request) {
        return plans.page(state, status, request);
    }

    public List<ActionPlan> all() {
        return plans.all();
    }

    /** Adds what is wrong with the values' source to {@code problems}, beside the field it concerns. */
    void checkSource(ActionPlanValues values, FieldProblems problems) {
        sources.problemWith(values.source(), FACT_TYPE, values.state().value())
                .ifPresent(p -> problems.add(p.aboutFact() ? "sourceFact" : "sourceEvent", p.message()));
    }

    private void refuseDuplicates(ActionPlanValues values, ActionPlanId except) {
        if (plans.findVersion(values.state(), values.planVersion(), except).isPresent()) {
            throw duplicate(values);
        }
        var source = values.source();
        if (source.factNumber() != null
                && plans.findByFact(source.eventSlug(), source.factNumber(), except).isPresent()) {
            throw new RecordConflictException("sourceFact", "Fact " + source.factNumber() + " of this event is "
                    + "already the source of another plan version.");
        }
    }

    private static RecordConflictException duplicate(ActionPlanValues values) {
        return new RecordConflictException("planVersion", values.state().value() + " already has a plan version "
                + values.planVersion() + "; edit that one, or give the next number.");
    }

    private OffsetDateTime now() {
        return Clocks.storedNow(clock);
    }
}
