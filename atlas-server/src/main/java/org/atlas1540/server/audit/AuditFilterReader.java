package org.atlas1540.server.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the audit log page's filters from its query parameters. A value that cannot be used is left
 * out of the filter and named, by field, for the page to show beside it.
 */
final class AuditFilterReader {
    private static final Pattern RECORD_TYPE = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final int MAX_ACTOR = 64;
    private static final int MAX_RECORD_ID = 200;

    private final Map<String, String> problems = new LinkedHashMap<>();

    AuditFilter read(String type, String record, String actor, String from, String to) {
        String recordType = blankToNull(type);
        if (recordType != null && !RECORD_TYPE.matcher(recordType).matches()) {
            problems.put("type", "A record type is lower-case letters, digits and hyphens (such as 'account'); '"
                    + shortened(recordType) + "' is not.");
            recordType = null;
        }
        String recordId = blankToNull(record);
        if (recordId != null && recordId.length() > MAX_RECORD_ID) {
            problems.put("record", "A record id has at most " + MAX_RECORD_ID + " characters.");
            recordId = null;
        }
        String who = blankToNull(actor);
        if (who != null && who.length() > MAX_ACTOR) {
            problems.put("actor", "An actor's name has at most " + MAX_ACTOR + " characters.");
            who = null;
        }
        LocalDate first = date("from", from);
        LocalDate last = date("to", to);
        if (first != null && last != null && last.isBefore(first)) {
            problems.put("to", "The last day (" + last + ") is before the first day (" + first + ").");
            last = null;
        }
        return new AuditFilter(recordType, recordId, who, first, last);
    }

    /** The values that could not be used, by parameter name, with why. */
    Map<String, String> problems() {
        return problems;
    }

    static int page(String text) {
        if (text == null || !text.matches("\\d{1,6}")) {
            return 1;
        }
        return Math.max(1, Integer.parseInt(text));
    }

    private LocalDate date(String field, String text) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.put(field, "'" + shortened(value) + "' is not a date: write it as YYYY-MM-DD, such as 2026-11-23.");
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String shortened(String text) {
        String printable = text.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
    }
}
