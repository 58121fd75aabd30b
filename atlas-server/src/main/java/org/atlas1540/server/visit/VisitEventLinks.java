package org.atlas1540.server.visit;

import java.util.List;
import org.atlas1540.server.account.Viewer;
import org.atlas1540.server.event.EventFollowUps;
import org.atlas1540.server.event.FactsRenumbered;
import org.atlas1540.server.event.FollowUp;
import org.springframework.stereotype.Component;

/**
 * Country visits name the event (and the fact) they were learned from: they are listed under "What
 * followed" on the event's page (visits are public), and follow their fact when a revised note
 * renumbers the facts.
 */
@Component
class VisitEventLinks implements EventFollowUps, FactsRenumbered.FactReferencing {
    private final CountryVisitRepository visits;
    private final FactsRenumbered.FactReferences factReferences;

    VisitEventLinks(CountryVisitRepository visits) {
        this.visits = visits;
        this.factReferences = new FactsRenumbered.FactReferences(
                CountryVisits.RECORD_TYPE, "country_visits", "source_event_slug", "source_fact_number", null,
                id -> visits.find(new CountryVisitId(id)).orElse(null));
    }

    @Override
    public List<FollowUp> of(String slug, Viewer viewer) {
        return visits.fromEvent(slug).stream()
                .map(visit -> new FollowUp("Country visit", visit.stateName() + (visit.year() == null ? ""
                        : ", " + visit.year()), visit.status().label(), "/country-visits/" + visit.id(),
                        visit.source().factNumber()))
                .toList();
    }

    @Override
    public FactsRenumbered.FactReferences factReferences() {
        return factReferences;
    }
}
