package org.atlas1540.server.assistance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.atlas1540.reference.ReferenceData;
import org.atlas1540.reference.StateCode;

/**
 * A stored assistance request.
 *
 * @param acknowledgedOn the day it was acknowledged; null before
 * @param version        for optimistic locking: an edit or a change of status names the version it saw
 */
public record AssistanceRequest(AssistanceRequestId id, StateCode state, AssistanceArea area, String needs,
        LocalDate receivedOn, RequestSource source, boolean publicationConsent, RequestStatus status,
        LocalDate acknowledgedOn, OffsetDateTime createdAt, OffsetDateTime updatedAt, int version) {

    public String stateName() {
        return ReferenceData.standard().states().shortNameOf(state);
    }

    /** The last day to distribute it to potential providers; null until it is acknowledged. */
    public LocalDate distributionDueOn() {
        return acknowledgedOn == null ? null : DistributionDeadline.dueOn(acknowledgedOn);
    }

    public boolean distributionOverdue(LocalDate today) {
        return DistributionDeadline.isOverdue(status, acknowledgedOn, today);
    }

    /** Only signed-in staff may see it: the State did not consent to publication. */
    public boolean restricted() {
        return !publicationConsent;
    }

    public String path() {
        return "/assistance/requests/" + id.value();
    }
}
