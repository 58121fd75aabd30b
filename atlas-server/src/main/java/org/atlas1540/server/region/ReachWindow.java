package org.atlas1540.server.region;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The last N years, counted back from a day: a State is reached in them when an event it took
 * part in started on or after {@link #since()}.
 */
record ReachWindow(int years, LocalDate since) {
    static final int DEFAULT_YEARS = 5;
    static final int MAX_YEARS = 100;

    ReachWindow {
        if (years < 1 || years > MAX_YEARS) {
            throw new IllegalArgumentException("a number of years is from 1 to " + MAX_YEARS + ", not " + years);
        }
    }

    static ReachWindow of(int years, LocalDate today) {
        return new ReachWindow(years, today.minusYears(years));
    }

    /**
     * The {@code years} query parameter: absent or blank for the default.
     *
     * @throws IllegalArgumentException with a message for the person who typed it
     */
    static ReachWindow parse(String value, LocalDate today) {
        if (value == null || value.isBlank()) {
            return of(DEFAULT_YEARS, today);
        }
        String v = value.strip();
        if (!v.matches("\\d{1,3}") || Integer.parseInt(v) < 1 || Integer.parseInt(v) > MAX_YEARS) {
            String shown = v.length() > 20 ? v.substring(0, 20) + "…" : v;
            throw new IllegalArgumentException("'" + shown + "' is not a number of years: give a whole number from 1 to "
                    + MAX_YEARS + ".");
        }
        return of(Integer.parseInt(v), today);
    }

    /** "23 November 2021". */
    public String sinceText() {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(since);
    }

    /** "in the last 5 years", "in the last year". */
    public String phrase() {
        return years == 1 ? "in the last year" : "in the last " + years + " years";
    }
}
