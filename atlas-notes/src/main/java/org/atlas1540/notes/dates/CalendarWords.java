package org.atlas1540.notes.dates;

import java.util.ArrayList;
import java.util.List;

/**
 * English month and weekday names with their usual abbreviations, matched without regard to
 * case and without allocating.
 */
final class CalendarWords {
    /** Longest name we know ("september", "wednesday"): a longer word is none of them. */
    static final int MAX_LENGTH = 9;

    /** What {@link #lookUp} answers for a word that is no calendar word. */
    static final int NONE = 0;
    /** What {@link #lookUp} answers for a weekday name; months are answered with their number. */
    static final int WEEKDAY = -1;

    // Index + 1 is the month number. Full name first, then abbreviations.
    private static final String[][] MONTHS = {
        {"january", "jan"},
        {"february", "feb"},
        {"march", "mar"},
        {"april", "apr"},
        {"may"},
        {"june", "jun"},
        {"july", "jul"},
        {"august", "aug"},
        {"september", "sept", "sep"},
        {"october", "oct"},
        {"november", "nov"},
        {"december", "dec"},
    };

    private static final String[] WEEKDAYS = {
        "monday", "mon",
        "tuesday", "tues", "tue",
        "wednesday", "wed",
        "thursday", "thurs", "thur", "thu",
        "friday", "fri",
        "saturday", "sat",
        "sunday", "sun",
    };

    private static final Name[] NO_NAMES = {};

    /**
     * The names by length and initial (a to z), so that most words are ruled out by one array
     * access: this lookup runs for every word of a note. Never modified.
     */
    private static final Name[][][] BY_LENGTH_AND_INITIAL = byLengthAndInitial();


    private record Name(String lowerCase, int meaning, boolean abbreviated) {
    }

    private CalendarWords() {
    }

    /**
     * What {@code text[start, end)} names: a month (1 to 12), a {@link #WEEKDAY}, or {@link #NONE}.
     */
    static int lookUp(CharSequence text, int start, int end) {
        Name name = find(text, start, end);
        return name == null ? NONE : name.meaning();
    }

    /** The month (1 to 12) named by {@code text[start, end)}, or 0. */
    static int month(CharSequence text, int start, int end) {
        return Math.max(lookUp(text, start, end), 0);
    }

    /** Whether {@code text[start, end)} is a month name shortened ("Sept", "Nov"), which may take a full stop. */
    static boolean isAbbreviatedMonth(CharSequence text, int start, int end) {
        Name name = find(text, start, end);
        return name != null && name.meaning() > 0 && name.abbreviated();
    }

    /** Whether {@code text[start, end)} names a day of the week, in full or shortened. */
    static boolean isWeekday(CharSequence text, int start, int end) {
        return lookUp(text, start, end) == WEEKDAY;
    }

    /** Whether {@code text[start, end)} is {@code lowerCaseWord}, ignoring case. */
    static boolean equalsIgnoreCase(CharSequence text, int start, int end, String lowerCaseWord) {
        if (end - start != lowerCaseWord.length()) {
            return false;
        }
        for (int i = 0; i < lowerCaseWord.length(); i++) {
            if (Character.toLowerCase(text.charAt(start + i)) != lowerCaseWord.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static Name find(CharSequence text, int start, int end) {
        int length = end - start;
        if (length <= 0 || length > MAX_LENGTH) {
            return null;
        }
        int initial = Character.toLowerCase(text.charAt(start)) - 'a';
        if (initial < 0 || initial >= 26) {
            return null;
        }
        for (Name name : BY_LENGTH_AND_INITIAL[length][initial]) {
            if (equalsIgnoreCase(text, start, end, name.lowerCase())) {
                return name;
            }
        }
        return null;
    }

    private static Name[][][] byLengthAndInitial() {
        List<Name> names = new ArrayList<>();
        for (int month = 1; month <= MONTHS.length; month++) {
            String[] spellings = MONTHS[month - 1];
            for (String spelling : spellings) {
                names.add(new Name(spelling, month, spelling.length() < spellings[0].length()));
            }
        }
        for (String spelling : WEEKDAYS) {
            names.add(new Name(spelling, WEEKDAY, false));
        }
        Name[][][] table = new Name[MAX_LENGTH + 1][26][];
        for (int length = 0; length <= MAX_LENGTH; length++) {
            for (int initial = 0; initial < 26; initial++) {
                int l = length;
                char c = (char) ('a' + initial);
                Name[] bucket = names.stream()
                        .filter(n -> n.lowerCase().length() == l && n.lowerCase().charAt(0) == c)
                        .toArray(Name[]::new);
                table[length][initial] = bucket.length == 0 ? NO_NAMES : bucket;
            }
        }
        return table;
    }
}
