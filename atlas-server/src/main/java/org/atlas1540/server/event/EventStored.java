package org.atlas1540.server.event;

import java.util.Objects;

/**
 * Published when a note's event was stored, new or revised, inside the storing transaction: a
 * listener that wants the committed data listens after commit (the search index does). A rolled
 * back import publishes nothing that such a listener sees.
 */
public record EventStored(EventId event) {
    public EventStored {
        Objects.requireNonNull(event, "event");
    }
}
