package org.atlas1540.server.assistance;

import java.util.List;
import org.atlas1540.server.account.Viewer;
import org.atlas1540.server.event.EventFollowUps;
import org.atlas1540.server.event.FollowUp;
import org.springframework.stereotype.Component;

/**
 * The assistance requests learned from an event, under "What followed" on its page: those the State
 * consented to publish, and, for signed-in staff, all.
 */
@Component
class RequestFollowUps implements EventFollowUps {
    private final RequestRepository requests;

    RequestFollowUps(RequestRepository requests) {
        this.requests = requests;
    }

    @Override
    public List<FollowUp> of(String slug, Viewer viewer) {
        return requests.fromEvent(slug, Audience.of(viewer.isStaff())).stream()
                .map(request -> new FollowUp("Assistance request", request.stateName() + ": " + request.area().label(),
                        request.status().label(), "/assistance/requests/" + request.id(), request.source().factNumber()))
                .toList();
    }
}
