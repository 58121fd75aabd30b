package org.atlas1540.server.search;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.atlas1540.server.event.EventId;

/** One event that matched, with passages of its note. */
record SearchHit(EventId id, String slug, String title, String kind, LocalDate startDate, LocalDate endDate,
        String venue, List<Snippet> snippets) {
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

    SearchHit {
        snippets = List.copyOf(snippets);
    }

    public String titleOrPlaceholder() {
        return title == null || title.isBlank() ? "(untitled event)" : title;
    }

    public String kindLabel() {
        return Facet.kindLabel(kind);
    }

    /** Dates as the event pages write them: "9–10 May 2013". */
    public String dates() {
        if (startDate == null) {
            return "Date not given";
        }
        if (endDate == null || endDate.equals(startDate)) {
            return DAY_MONTH_YEAR.format(startDate);
        }
        if (startDate.getYear() != endDate.getYear()) {
            return DAY_MONTH_YEAR.format(startDate) + " – " + DAY_MONTH_YEAR.format(endDate);
        }
        if (startDate.getMonth() != endDate.getMonth()) {
            return DAY_MONTH.format(startDate) + " – " + DAY_MONTH_YEAR.format(endDate);
        }
        return startDate.getDayOfMonth() + "–" + DAY_MONTH_YEAR.format(endDate);
    }

    public String path() {
        return "/events/" + slug;
    }
}
