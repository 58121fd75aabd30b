package org.atlas1540.server.event;

import java.util.List;
import org.atlas1540.server.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When a revision renumbers an event's facts, every module's records that name one of them follow
 * it, in the revision's transaction (a listener, not a transactional one: a failure here undoes the
 * revision).
 */
@Component
class FactReferencesFollowRevisions {
    private final List<FactsRenumbered.FactReferencing> modules;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    FactReferencesFollowRevisions(List<FactsRenumbered.FactReferencing> modules, JdbcClient jdbc, AuditLog audit) {
        this.modules = modules;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @EventListener
    void follow(FactsRenumbered renumbered) {
        for (FactsRenumbered.FactReferencing records : modules) {
            renumbered.followIn(records.factReferences(), jdbc, audit);
        }
    }
}
