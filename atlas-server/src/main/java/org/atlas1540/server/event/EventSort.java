package org.atlas1540.server.event;

import java.util.Arrays;
import java.util.Optional;

/** The orders of the events list. Undated and untitled events come last in each. */
enum EventSort {
    NEWEST("date-desc", "Newest first", "e.start_date DESC NULLS LAST, e.id DESC"),
    OLDEST("date-asc", "Oldest first", "e.start_date ASC NULLS LAST, e.id ASC"),
    TITLE("title", "Title (A–Z)", "LOWER(e.title) ASC NULLS LAST, e.start_date DESC NULLS LAST, e.id DESC");

    private final String param;
    private final String label;
    private final String orderBy;

    EventSort(String param, String label, String orderBy) {
        this.param = param;
        this.label = label;
        this.orderBy = orderBy;
    }

    /** The value of the {@code sort} query parameter. */
    public String param() {
        return param;
    }

    public String label() {
        return label;
    }

    /** The ORDER BY terms; {@code e} is the events table. */
    String orderBy() {
        return orderBy;
    }

    static Optional<EventSort> fromParam(String value) {
        return Arrays.stream(values()).filter(s -> s.param.equals(value)).findFirst();
    }
}
