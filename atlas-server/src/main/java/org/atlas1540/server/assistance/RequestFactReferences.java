package org.atlas1540.server.assistance;

import org.atlas1540.server.event.FactsRenumbered;
import org.springframework.stereotype.Component;

/** Assistance requests name an event's fact by number: they follow it when a revised note renumbers the facts. */
@Component
class RequestFactReferences implements FactsRenumbered.FactReferencing {
    private static final FactsRenumbered.FactReferences WHERE = new FactsRenumbered.FactReferences(
            AssistanceRequests.RECORD_TYPE, "assistance_requests", "source_event_slug", "source_fact_position",
            "source_text");

    private final AssistanceRequests requests;

    RequestFactReferences(AssistanceRequests requests) {
        this.requests = requests;
    }

    @Override
    public FactsRenumbered.FactReferences references() {
        return WHERE;
    }

    @Override
    public Object find(long id) {
        return requests.find(new AssistanceRequestId(id), Audience.STAFF).orElse(null);
    }
}
