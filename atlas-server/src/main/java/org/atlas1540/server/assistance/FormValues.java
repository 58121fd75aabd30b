package org.atlas1540.server.assistance;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.atlas1540.reference.ReferenceData;
import org.atlas1540.reference.StateCode;

/**
 * The readers of single form values that requests, offers and matches share; each throws {@link
 * IllegalArgumentException} with a sentence for a person that names the value.
 */
public final class FormValues {
    /** Resolution 1540 was adopted on this day; nothing about its implementation is older. */
    public static final LocalDate EARLIEST = LocalDate.of(2004, 4, 28);
    private static final int MAX_ECHO = 40;

    private FormValues() {
    }

    /** A known State by its ISO 3166-1 alpha-3 code (upper or lower case). */
    public static StateCode state(String value) {
        String text = value == null ? "" : value.strip().toUpperCase(java.util.Locale.ROOT);
        if (text.isEmpty()) {
            throw new IllegalArgumentException("Choose a State.");
        }
        if (!text.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("'" + echo(value) + "' is not a State code (three letters, such as SRB).");
        }
        StateCode code = StateCode.of(text);
        if (ReferenceData.standard().states().find(code).isEmpty()) {
            throw new IllegalArgumentException("No State has the code '" + text + "'.");
        }
        return code;
    }

    /** A date written as ISO 8601 (2020-03-31), from the adoption of resolution 1540 to {@code today}. */
    public static LocalDate date(String value, LocalDate today) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("Give a date (year-month-day, such as 2020-03-31).");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + echo(value) + "' is not a date; write it as year-month-day, "
                    + "such as 2020-03-31.");
        }
        if (date.isBefore(EARLIEST)) {
            throw new IllegalArgumentException(text + " is before resolution 1540 was adopted (2004-04-28).");
        }
        if (date.isAfter(today)) {
            throw new IllegalArgumentException(text + " is in the future.");
        }
        return date;
    }

    /** A whole number from 1, such as a fact's number. */
    public static int positive(String value, String what) {
        String text = value == null ? "" : value.strip();
        if (!text.matches("\\d{1,6}") || Integer.parseInt(text) < 1) {
            throw new IllegalArgumentException("'" + echo(value) + "' is not " + what + " (a whole number from 1).");
        }
        return Integer.parseInt(text);
    }

    /** The version a form or body names, for optimistic locking. */
    public static int version(String value) {
        String text = value == null ? "" : value.strip();
        if (!text.matches("\\d{1,9}")) {
            throw new IllegalArgumentException("The version of the record being edited is missing or not a number; "
                    + "open the record again.");
        }
        return Integer.parseInt(text);
    }

    /** A value as echoed in a message: cut when long. */
    public static String echo(String value) {
        if (value == null) {
            return "";
        }
        return value.length() <= MAX_ECHO ? value : value.substring(0, MAX_ECHO) + "…";
    }
}
