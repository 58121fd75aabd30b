package org.atlas1540.server.matching;

import java.util.Optional;
import java.util.Set;
import org.atlas1540.reference.StateCode;
import org.atlas1540.server.assistance.AssistanceRequest;
import org.atlas1540.server.event.StateGrouping;
import org.atlas1540.server.event.StateGroupings;
import org.atlas1540.server.offer.AssistanceOffer;

/**
 * The provider has delivered assistance before in the requesting State's M49 region: matches of
 * its offers whose requests were fulfilled, to States of that region. Each delivery adds one, up
 * to {@link #MAX_WEIGHT}.
 */
final class PastDeliveryRule implements MatchRule {
    static final int MAX_WEIGHT = 3;

    private final StateGroupings groupings;
    private final MatchRepository matches;

    PastDeliveryRule(StateGroupings groupings, MatchRepository matches) {
        this.groupings = groupings;
        this.matches = matches;
    }

    @Override
    public Optional<Reason> reason(AssistanceRequest request, AssistanceOffer offer) {
        Optional<StateGrouping> region = groupings.all().stream()
                .filter(g -> g.kind() == StateGrouping.Kind.M49_REGION && g.codes().contains(request.state()))
                .findFirst();
        if (region.isEmpty()) {
            return Optional.empty();
        }
        Set<StateCode> states = region.get().codes();
        long delivered = matches.deliveredBy(offer.provider(), states);
        if (delivered == 0) {
            return Optional.empty();
        }
        return Optional.of(new Reason("past-delivery", offer.provider().name() + " delivered assistance "
                + (delivered == 1 ? "once" : delivered + " times") + " before in " + region.get().name(),
                (int) Math.min(delivered, MAX_WEIGHT)));
    }
}
