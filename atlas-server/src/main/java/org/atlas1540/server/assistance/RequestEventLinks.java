package org.atlas1540.server.assistance;

import java.util.List;
import org.atlas1540.server.account.Viewer;
import org.atlas1540.server.event.EventFollowUps;
import org.atlas1540.server.event.FactsRenumbered;
import org.atlas1540.server.event.FollowUp;
import org.springframework.stereotype.Component;

/**
 * Assistance requests name the event and fact they were learned from: they are listed under "What
 * followed" on the event's page (those the State consented to publish, and, for signed-in staff,
 * all), and follow their fact when a revised note renumbers the facts (a request whose fact is gone
 * says so in its source in words, since its table keeps the event and the fact together).
 */
@Component
class RequestEventLinks implements EventFollowUps, FactsRenumbered.FactReferencing {
    private final RequestRepository requests;
    private final FactsRenumbered.FactReferences factReferences;

    RequestEventLinks(RequestRepository requests) {
        this.requests = requests;
        this.factReferences = new FactsRenumbered.FactReferences(
                AssistanceRequests.RECORD_TYPE, "assistance_requests", "source_event_slug", "source_fact_position",
                "source_text", id -> requests.find(new AssistanceRequestId(id), Audience.STAFF).orElse(null));
    }

    @Override
    public List<FollowUp> of(String slug, Viewer viewer) {
        return requests.fromEvent(slug, Audience.of(viewer.isStaff())).stream()
                .map(request -> new FollowUp("Assistance request", request.stateName() + ": " + request.area().label(),
                        request.status().label(), "/assistance/requests/" + request.id(),
                        request.source().factNumber()))
                .toList();
    }

    @Override
    public FactsRenumbered.FactReferences factReferences() {
        return factReferences;
    }
}
