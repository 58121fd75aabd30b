package org.atlas1540.notes;

import java.time.LocalDate;
import java.util.Objects;

/** The days an event took place: one day or several. Cannot end before it starts. */
public record DateRange(LocalDate start, LocalDate end) {
    public DateRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("date range ends (" + end + ") before it starts (" + start + ")");
        }
    }

    public static DateRange day(LocalDate day) {
        return new DateRange(day, day);
    }
}
