package org.atlas1540.server.event;

import java.time.LocalDate;

/** A row of an events table. */
record EventListItem(String slug, String title, String kind, LocalDate startDate, LocalDate endDate, String venue,
        int stateCount) {

    public String titleOrPlaceholder() {
        return EventText.titleOrPlaceholder(title);
    }

    public String dates() {
        return EventText.dates(startDate, endDate);
    }

    public String kindLabel() {
        return EventText.kindLabel(kind);
    }
}
