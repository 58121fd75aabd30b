package org.atlas1540.server.matching;

import java.time.OffsetDateTime;
import org.atlas1540.reference.StateCode;
import org.atlas1540.server.assistance.AssistanceRequestId;
import org.atlas1540.server.offer.AssistanceOfferId;
import org.atlas1540.server.offer.Provider;

/**
 * A request matched with an offer, as staff accepted it.
 *
 * @param reasons     why it was suggested, as shown when it was accepted
 * @param deliveredAt when the request was fulfilled; null before
 */
public record Match(MatchId id, AssistanceRequestId request, AssistanceOfferId offer, StateCode recipient,
        Provider provider, String reasons, String acceptedBy, OffsetDateTime acceptedAt, OffsetDateTime deliveredAt) {

    public boolean delivered() {
        return deliveredAt != null;
    }
}
