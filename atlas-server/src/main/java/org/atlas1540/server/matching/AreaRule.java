package org.atlas1540.server.matching;

import java.util.Optional;
import org.atlas1540.server.assistance.AssistanceRequest;
import org.atlas1540.server.offer.AssistanceOffer;

/** The offer covers the request's subject area. Weighs most: an offer in another area is not suggested at all. */
final class AreaRule implements MatchRule {
    static final int WEIGHT = 4;

    @Override
    public Optional<Reason> reason(AssistanceRequest request, AssistanceOffer offer) {
        return offer.areas().contains(request.area())
                ? Optional.of(new Reason("area", "Offers " + request.area().label().toLowerCase(java.util.Locale.ROOT),
                        WEIGHT))
                : Optional.empty();
    }
}
