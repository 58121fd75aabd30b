package org.atlas1540.notes.dates;

import org.atlas1540.notes.DateRange;

public record DateMatch(DateRange range, int start, int end) {
}
