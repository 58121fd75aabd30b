package org.atlas1540.server.matching;

import java.util.List;
import org.atlas1540.server.offer.AssistanceOffer;

/** An offer suggested for a request, with its score (the sum of its reasons' weights) and the reasons. */
public record Suggestion(AssistanceOffer offer, int score, List<Reason> reasons, boolean alreadyMatched) {
    public Suggestion {
        reasons = List.copyOf(reasons);
    }

    public String reasonsText() {
        return String.join("; ", reasons.stream().map(Reason::text).toList());
    }
}
