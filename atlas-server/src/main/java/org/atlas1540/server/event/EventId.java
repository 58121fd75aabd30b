package org.atlas1540.server.event;

/** The database id of an event. */
public record EventId(long value) {
    public EventId {
        if (value <= 0) {
            throw new IllegalArgumentException("an event id is a positive number, not " + value);
        }
    }
}
