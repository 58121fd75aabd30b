package org.atlas1540.server.event;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How event values are written on pages: dates as in the notes ("9–10 May 2013"), kinds as words. */
final class EventText {
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

    private EventText() {
    }

    static String dates(LocalDate start, LocalDate end) {
        if (start == null) {
            return "Date not given";
        }
        if (end == null || end.equals(start)) {
            return DAY_MONTH_YEAR.format(start);
        }
        if (start.getYear() != end.getYear()) {
            return DAY_MONTH_YEAR.format(start) + " – " + DAY_MONTH_YEAR.format(end);
        }
        if (start.getMonth() != end.getMonth()) {
            return DAY_MONTH.format(start) + " – " + DAY_MONTH_YEAR.format(end);
        }
        return start.getDayOfMonth() + "–" + DAY_MONTH_YEAR.format(end);
    }

    /** "training-course" is written "Training course". */
    static String kindLabel(String kind) {
        if (kind == null || kind.isEmpty()) {
            return "";
        }
        String words = kind.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static String titleOrPlaceholder(String title) {
        return title == null || title.isBlank() ? "(untitled event)" : title;
    }
}
