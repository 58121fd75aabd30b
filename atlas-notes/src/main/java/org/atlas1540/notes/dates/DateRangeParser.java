package org.atlas1540.notes.dates;

import java.util.List;
import java.util.Optional;

/** STUB until the text-finders branch lands. */
public final class DateRangeParser {
    public Optional<DateMatch> find(CharSequence text) {
        return Optional.empty();
    }

    public List<DateMatch> findAll(CharSequence text) {
        return List.of();
    }
}
