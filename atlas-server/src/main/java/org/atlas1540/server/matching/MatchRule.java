package org.atlas1540.server.matching;

import java.util.Optional;
import org.atlas1540.server.assistance.AssistanceRequest;
import org.atlas1540.server.offer.AssistanceOffer;

/**
 * One reason an offer may suit a request. {@link MatchSuggester} asks each rule about each offer
 * and ranks the offers by the weights of the reasons they get. Extended by adding a rule.
 */
interface MatchRule {
    Optional<Reason> reason(AssistanceRequest request, AssistanceOffer offer);
}
