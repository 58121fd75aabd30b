package org.atlas1540.server.generate;

import java.time.LocalDate;
import org.atlas1540.notes.EventKind;

/**
 * The event a note reports, as the body's sentences need it.
 *
 * @param noun what the text calls it ("workshop", "course", "visit")
 */
record Occasion(EventKind kind, String noun, LocalDate start, LocalDate end, Theme theme, Cast cast) {

    int year() {
        return start.getYear();
    }
}
