package org.atlas1540.server.recommendation;

import org.atlas1540.server.event.FactsRenumbered;
import org.springframework.stereotype.Component;

/** Recommendations taken from a fact name it by number: they follow it when a revised note renumbers the facts. */
@Component
class RecommendationEventLinks implements FactsRenumbered.FactReferencing {
    private final FactsRenumbered.FactReferences factReferences;

    RecommendationEventLinks(Recommendations recommendations) {
        this.factReferences = new FactsRenumbered.FactReferences(
                Recommendations.RECORD_TYPE, "recommendations", "event_slug", "source_fact_number", null,
                id -> recommendations.find(new RecommendationId(id)).orElse(null));
    }

    @Override
    public FactsRenumbered.FactReferences factReferences() {
        return factReferences;
    }
}
