package org.atlas1540.server.plan;

import java.time.LocalDate;
import org.atlas1540.reference.StateCode;
import org.atlas1540.server.event.RecordSource;

/**
 * What a person (or the review queue) says about a version of a State's plan: the values that
 * {@link ActionPlans#create} and {@link ActionPlans#update} store.
 *
 * @param planVersion   1 for the first plan the State submitted, 2 for its first revision, ...
 * @param submittedOn   when it was submitted to the Committee; null when not (yet) known
 * @param documentTitle the document's title or symbol; null when none
 * @param documentUrl   where it is published (http or https); null when not
 */
public record ActionPlanValues(StateCode state, int planVersion, PlanStatus status, LocalDate submittedOn,
        String documentTitle, String documentUrl, RecordSource source) {
    public ActionPlanValues {
        if (state == null || status == null || source == null) {
            throw new IllegalArgumentException("a plan needs its State, status and source (RecordSource.NONE)");
        }
        if (planVersion < 1 || planVersion > ActionPlans.MAX_PLAN_VERSION) {
            throw new IllegalArgumentException("a plan version is from 1 to " + ActionPlans.MAX_PLAN_VERSION);
        }
    }
}
