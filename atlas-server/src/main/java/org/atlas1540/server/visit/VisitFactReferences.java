package org.atlas1540.server.visit;

import org.atlas1540.server.event.FactsRenumbered;
import org.springframework.stereotype.Component;

/** Country visits name an event's fact by number: they follow it when a revised note renumbers the facts. */
@Component
class VisitFactReferences implements FactsRenumbered.FactReferencing {
    private static final FactsRenumbered.FactReferences WHERE = new FactsRenumbered.FactReferences(
            CountryVisits.RECORD_TYPE, "country_visits", "source_event_slug", "source_fact_number", null);

    private final CountryVisits visits;

    VisitFactReferences(CountryVisits visits) {
        this.visits = visits;
    }

    @Override
    public FactsRenumbered.FactReferences references() {
        return WHERE;
    }

    @Override
    public Object find(long id) {
        return visits.find(new CountryVisitId(id)).orElse(null);
    }
}
