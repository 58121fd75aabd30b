package org.atlas1540.server.visit;

import java.util.List;
import org.atlas1540.server.account.Viewer;
import org.atlas1540.server.event.EventFollowUps;
import org.atlas1540.server.event.FollowUp;
import org.springframework.stereotype.Component;

/** The country visits learned from an event, under "What followed" on its page (visits are public). */
@Component
class VisitFollowUps implements EventFollowUps {
    private final CountryVisitRepository visits;

    VisitFollowUps(CountryVisitRepository visits) {
        this.visits = visits;
    }

    @Override
    public List<FollowUp> of(String slug, Viewer viewer) {
        return visits.fromEvent(slug).stream()
                .map(visit -> new FollowUp("Country visit", visit.stateName() + (visit.year() == null ? ""
                        : ", " + visit.year()), visit.status().label(), "/country-visits/" + visit.id(),
                        visit.source().factNumber()))
                .toList();
    }
}
