package org.atlas1540.server.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.atlas1540.server.assistance.AssistanceRequest;
import org.atlas1540.server.event.StateGroupings;
import org.atlas1540.server.offer.AssistanceOffer;
import org.atlas1540.server.offer.AssistanceOfferId;
import org.springframework.stereotype.Component;

/**
 * Ranks the offers for a request: only offers in the request's area are suggested ({@link
 * AreaRule}); they are ordered by the sum of their reasons' weights (area, region, past delivery),
 * then the newest offer first, then by id.
 */
@Component
class MatchSuggester {
    private final AreaRule area = new AreaRule();
    private final List<MatchRule> rules;

    MatchSuggester(StateGroupings groupings, MatchRepository matches) {
        this.rules = List.of(area, new RegionRule(groupings), new PastDeliveryRule(groupings, matches));
    }

    List<Suggestion> suggest(AssistanceRequest request, List<AssistanceOffer> offers,
            Set<AssistanceOfferId> alreadyMatched) {
        var suggestions = new ArrayList<Suggestion>();
        for (AssistanceOffer offer : offers) {
            if (area.reason(request, offer).isEmpty()) {
                continue;
            }
            List<Reason> reasons = rules.stream().map(r -> r.reason(request, offer)).flatMap(Optional::stream).toList();
            int score = reasons.stream().mapToInt(Reason::weight).sum();
            suggestions.add(new Suggestion(offer, score, reasons, alreadyMatched.contains(offer.id())));
        }
        suggestions.sort(Comparator.comparingInt(Suggestion::score).reversed()
                .thenComparing(s -> s.offer().offeredOn(), Comparator.reverseOrder())
                .thenComparing(s -> s.offer().id().value()));
        return suggestions;
    }
}
