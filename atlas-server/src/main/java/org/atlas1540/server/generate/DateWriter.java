package org.atlas1540.server.generate;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Writes dates and date ranges in the forms notes use: "9-10 May 2013", "9–10 May 2013",
 * "5 - 6 October 2017", "30 November to 2 December 2015", "9 and 10 May 2013", "May 9-10, 2013",
 * "09.05.2013", "Tuesday, 9 May 2013".
 */
final class DateWriter {
    private DateWriter() {
    }

    enum Style {
        HYPHEN, EN_DASH, SPACED, TO, AND, MONTH_FIRST, DOTTED, WEEKDAY
    }

    static String write(LocalDate start, LocalDate end, Style style) {
        if (start.equals(end)) {
            return single(start, style);
        }
        if (start.getYear() != end.getYear()) {
            return dayMonthYear(start) + " – " + dayMonthYear(end);
        }
        boolean sameMonth = start.getMonth() == end.getMonth();
        return switch (style) {
            case HYPHEN -> sameMonth ? start.getDayOfMonth() + "-" + dayMonthYear(end)
                    : dayMonth(start) + " - " + dayMonthYear(end);
            case EN_DASH, WEEKDAY -> sameMonth ? start.getDayOfMonth() + "–" + dayMonthYear(end)
                    : dayMonth(start) + " – " + dayMonthYear(end);
            case SPACED -> sameMonth ? start.getDayOfMonth() + " - " + dayMonthYear(end)
                    : dayMonth(start) + " - " + dayMonthYear(end);
            case TO -> (sameMonth ? String.valueOf(start.getDayOfMonth()) : dayMonth(start)) + " to " + dayMonthYear(end);
            case AND -> sameMonth && end.getDayOfMonth() - start.getDayOfMonth() <= 2 ? days(start, end) + " " + monthYear(end)
                    : dayMonth(start) + " – " + dayMonthYear(end);
            case MONTH_FIRST -> sameMonth ? month(start) + " " + start.getDayOfMonth() + "-" + end.getDayOfMonth() + ", "
                    + end.getYear()
                    : month(start) + " " + start.getDayOfMonth() + " – " + month(end) + " " + end.getDayOfMonth() + ", "
                            + end.getYear();
            case DOTTED -> dotted(start) + " – " + dotted(end);
        };
    }

    private static String single(LocalDate date, Style style) {
        return switch (style) {
            case MONTH_FIRST -> month(date) + " " + date.getDayOfMonth() + ", " + date.getYear();
            case DOTTED -> dotted(date);
            case WEEKDAY -> date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ", " + dayMonthYear(date);
            default -> dayMonthYear(date);
        };
    }

    /** "9 and 10", "9, 10 and 11". */
    private static String days(LocalDate start, LocalDate end) {
        var text = new StringBuilder();
        for (int d = start.getDayOfMonth(); d <= end.getDayOfMonth(); d++) {
            if (d > start.getDayOfMonth()) {
                text.append(d == end.getDayOfMonth() ? " and " : ", ");
            }
            text.append(d);
        }
        return text.toString();
    }

    static String dayMonthYear(LocalDate date) {
        return dayMonth(date) + " " + date.getYear();
    }

    private static String dayMonth(LocalDate date) {
        return date.getDayOfMonth() + " " + month(date);
    }

    private static String monthYear(LocalDate date) {
        return month(date) + " " + date.getYear();
    }

    private static String month(LocalDate date) {
        return date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String dotted(LocalDate date) {
        return String.format(Locale.ROOT, "%02d.%02d.%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
