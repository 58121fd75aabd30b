package org.atlas1540.server.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.atlas1540.reference.ReferenceData;
import org.atlas1540.reference.StateCode;

/**
 * Reads the values of one form or request body as text, collecting what cannot be used in {@link
 * FieldProblems} (each message names the field and what it should be) instead of failing at the
 * first. A value that cannot be used reads as null; blank is absent.
 */
public final class Inputs {
    private final FieldProblems problems = new FieldProblems();

    public FieldProblems problems() {
        return problems;
    }

    /**
     * Text up to {@code max} characters, stripped; line breaks are kept as LF. Control characters
     * other than tab and line breaks are refused (they cannot be typed, only sent).
     */
    public String text(String field, String label, String value, int max, boolean required) {
        String text = value == null ? "" : value.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (text.isEmpty()) {
            if (required) {
                problems.add(field, label + " is required.");
            }
            return null;
        }
        if (text.length() > max) {
            problems.add(field, label + " is too long: " + text.length() + " characters, at most " + max + ".");
            return null;
        }
        if (text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t')) {
            problems.add(field, label + " contains control characters.");
            return null;
        }
        return text;
    }

    /** A date written as ISO 8601 ({@code 2019-05-03}), as a date field sends it. */
    public LocalDate date(String field, String label, String value, boolean required) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            if (required) {
                problems.add(field, label + " is required.");
            }
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.getYear() < 1900 || date.getYear() > 2100) {
                problems.add(field, label + " '" + echo(text) + "' is not a date between 1900 and 2100.");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(field, label + " '" + echo(text) + "' is not a date; write it as year-month-day, such as "
                    + "2019-05-03.");
            return null;
        }
    }

    /** A whole number from {@code min} to {@code max}. */
    public Integer whole(String field, String label, String value, int min, int max, boolean required) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            if (required) {
                problems.add(field, label + " is required.");
            }
            return null;
        }
        if (!text.matches("\\d{1,9}") || Integer.parseInt(text) < min || Integer.parseInt(text) > max) {
            problems.add(field, label + " '" + echo(text) + "' is not a whole number from " + min + " to " + max + ".");
            return null;
        }
        return Integer.parseInt(text);
    }

    /** The ISO alpha-3 code of a State of the reference data (any case). */
    public StateCode state(String field, String label, String value, boolean required) {
        String text = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        if (text.isEmpty()) {
            if (required) {
                problems.add(field, label + " is required.");
            }
            return null;
        }
        try {
            StateCode code = StateCode.of(text);
            if (ReferenceData.standard().states().find(code).isPresent()) {
                return code;
            }
        } catch (IllegalArgumentException e) {
            // not three letters: the same message as an unknown code
        }
        problems.add(field, label + " '" + echo(value.strip()) + "' is not the code of a known State; use the "
                + "three-letter ISO code, such as SRB.");
        return null;
    }

    /** An http or https address (the only kind a page links to). */
    public String webAddress(String field, String label, String value, int max) {
        String text = text(field, label, value, max, false);
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return text;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        problems.add(field, label + " '" + echo(text) + "' is not a web address starting with http:// or https://.");
        return null;
    }

    /** One of a fixed set of values, read by {@code parse}; {@code allowed} names them for the message. */
    public <T> T choice(String field, String label, String value, Function<String, Optional<T>> parse, String allowed,
            boolean required) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            if (required) {
                problems.add(field, label + " is required: " + allowed + ".");
            }
            return null;
        }
        Optional<T> parsed = parse.apply(text.toLowerCase(Locale.ROOT));
        if (parsed.isEmpty()) {
            problems.add(field, label + " '" + echo(text) + "' is not one of: " + allowed + ".");
            return null;
        }
        return parsed.get();
    }

    private static String echo(String value) {
        return value.length() <= 60 ? value : value.substring(0, 60) + "…";
    }
}
