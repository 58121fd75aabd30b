package org.atlas1540.server.recommendation;

import org.atlas1540.server.event.FactsRenumbered;
import org.springframework.stereotype.Component;

/** Recommendations taken from a fact name it by number: they follow it when a revised note renumbers the facts. */
@Component
class RecommendationEventLinks implements FactsRenumbered.FactReferencing {
    private static final FactsRenumbered.FactReferences WHERE = new FactsRenumbered.FactReferences(
            Recommendations.RECORD_TYPE, "recommendations", "event_slug", "source_fact_number", null);

    private final Recommendations recommendations;

    RecommendationEventLinks(Recommendations recommendations) {
        this.recommendations = recommendations;
    }

    @Override
    public FactsRenumbered.FactReferences references() {
        return WHERE;
    }

    @Override
    public Object find(long id) {
        return recommendations.find(new RecommendationId(id)).orElse(null);
    }
}
