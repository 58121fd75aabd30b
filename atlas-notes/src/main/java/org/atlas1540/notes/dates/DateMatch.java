package org.atlas1540.notes.dates;

import java.util.Objects;
import org.atlas1540.notes.DateRange;
import org.atlas1540.notes.Span;

/**
 * A date or date range found in text.
 *
 * @param range the days it names
 * @param start offset of its first character (a leading weekday name included)
 * @param end   offset just after its last character
 */
public record DateMatch(DateRange range, int start, int end) {
    public DateMatch {
        Objects.requireNonNull(range, "range");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("invalid offsets [" + start + ", " + end + ")");
        }
    }

    public Span span() {
        return new Span(start, end);
    }
}
