package org.atlas1540.notes.kinds;

import org.atlas1540.notes.EventKind;

/** STUB until the text-finders branch lands. */
public final class EventKindClassifier {
    public EventKind classify(String title) {
        return EventKind.OTHER;
    }
}
