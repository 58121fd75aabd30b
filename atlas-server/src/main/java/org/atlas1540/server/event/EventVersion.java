package org.atlas1540.server.event;

import java.time.Instant;
import java.util.Objects;

/**
 * Which state of an event a copy of it reflects: its id and when it was last stored. A copy kept
 * elsewhere (the search index) is up to date when its version equals the stored one.
 */
public record EventVersion(EventId event, Instant updatedAt) {
    public EventVersion {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
