package org.atlas1540.server.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.atlas1540.reference.ReferenceData;
import org.atlas1540.reference.StateCode;
import org.atlas1540.server.event.RecordSource;
import org.atlas1540.server.web.DateText;

/**
 * A stored version of a State's plan.
 *
 * @param version the row's version for optimistic locking (not the plan's version: {@code planVersion})
 */
public record ActionPlan(ActionPlanId id, StateCode state, int planVersion, PlanStatus status, LocalDate submittedOn,
        String documentTitle, String documentUrl, RecordSource source, OffsetDateTime createdAt,
        OffsetDateTime updatedAt, int version) {

    public ActionPlanValues values() {
        return new ActionPlanValues(state, planVersion, status, submittedOn, documentTitle, documentUrl, source);
    }

    public String stateName() {
        return ReferenceData.standard().states().shortNameOf(state);
    }

    /** "3 May 2019"; empty when not known. */
    public String submittedText() {
        return DateText.of(submittedOn);
    }
}
