package org.atlas1540.server.matching;

import java.util.Optional;
import org.atlas1540.server.assistance.AssistanceRequest;
import org.atlas1540.server.event.StateGrouping;
import org.atlas1540.server.event.StateGroupings;
import org.atlas1540.server.offer.AssistanceOffer;

/**
 * The offer covers a region the requesting State belongs to (a UN regional group, an M49 region or
 * sub-region); an offer for any region counts less.
 */
final class RegionRule implements MatchRule {
    static final int WEIGHT = 2;
    static final int ANY_REGION_WEIGHT = 1;

    private final StateGroupings groupings;

    RegionRule(StateGroupings groupings) {
        this.groupings = groupings;
    }

    @Override
    public Optional<Reason> reason(AssistanceRequest request, AssistanceOffer offer) {
        if (offer.anyRegion()) {
            return Optional.of(new Reason("any-region", "Offered in any region", ANY_REGION_WEIGHT));
        }
        return offer.regions().stream()
                .map(groupings::find)
                .flatMap(Optional::stream)
                .filter(g -> g.codes().contains(request.state()))
                .map(StateGrouping::name)
                .findFirst()
                .map(name -> new Reason("region", "Covers " + name + ", where " + request.stateName() + " belongs",
                        WEIGHT));
    }
}
