package org.atlas1540.server.event;

import java.util.Objects;

/**
 * Published when a note's event was stored, new or revised, inside the storing transaction: a
 * listener that wants the committed data listens after commit (the search index does). A rolled
 * back import publishes nothing that such a listener sees.
 *
 * @param document the event as {@link EventDocuments} reads it once the transaction commits, when
 *                 the storing code had it at hand (a bulk import's new events); otherwise null,
 *                 and a listener reads it from the database
 */
public record EventStored(EventId event, EventDocument document) {
    public EventStored {
        Objects.requireNonNull(event, "event");
        if (document != null && !document.id().equals(event)) {
            throw new IllegalArgumentException("the document of event " + document.id() + " is not of event " + event);
        }
    }

    public EventStored(EventId event) {
        this(event, null);
    }
}
