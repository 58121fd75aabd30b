package org.atlas1540.server.event;

import java.util.Objects;

/**
 * What storing one note of a batch did, and the event it is about.
 *
 * @param outcome new event, new revision of a stored event, or nothing (the same bytes were stored before)
 * @param event   the event
 */
public record StoredNote(Outcome outcome, EventRef event) {
    public StoredNote {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(event, "event");
    }

    /** What storing a note did. */
    public enum Outcome {
        /** A new event was stored. */
        NEW_EVENT,
        /** The note was stored as the newest revision of a stored event, whose data it replaced. */
        NEW_REVISION,
        /** A file with the same bytes was stored before: nothing was written. */
        ALREADY_STORED
    }
}
