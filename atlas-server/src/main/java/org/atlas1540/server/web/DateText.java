package org.atlas1540.server.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as pages write them: "3 May 2019". */
public final class DateText {
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private DateText() {
    }

    /** "3 May 2019"; empty for null. */
    public static String of(LocalDate date) {
        return date == null ? "" : DAY_MONTH_YEAR.format(date);
    }
}
