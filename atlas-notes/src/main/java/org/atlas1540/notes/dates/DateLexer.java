package org.atlas1540.notes.dates;

/**
 * A cursor over text that reads the small pieces dates are written with: day and year numbers,
 * month and weekday names, dashes, list separators. Every read either succeeds and moves past
 * what it read, or fails and leaves the position where it was. Every read looks at a bounded
 * number of characters, except runs of blanks, so that parsing stays linear in the text.
 *
 * <p>One lexer serves one call of the parser; it is never shared between threads.
 */
final class DateLexer {
    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2099;

    private final CharSequence text;
    private final int length;
    private int pos;

    DateLexer(CharSequence text) {
        this.text = text;
        this.length = text.length();
    }

    int position() {
        return pos;
    }

    void moveTo(int position) {
        this.pos = position;
    }

    CharSequence text() {
        return text;
    }

    /** Skips spaces and tabs, and at most one line break among them. */
    void skipBlanks() {
        boolean lineBreakSeen = false;
        while (pos < length) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t') {
                pos++;
            } else if (c == '\n' && !lineBreakSeen) {
                lineBreakSeen = true;
                pos++;
            } else {
                return;
            }
        }
    }

    /** A day of the month, 1 to 31, as one or two digits and an optional ordinal suffix ("9", "09", "9th"); else -1. */
    int day() {
        int start = pos;
        skipBlanks();
        int value = number(1, 2);
        if (value >= 1 && value <= 31) {
            skipOrdinalSuffix();
            if (atWordBoundary()) {
                return value;
            }
        }
        pos = start;
        return -1;
    }

    /** A year from {@value #MIN_YEAR} to {@value #MAX_YEAR}, as four digits; else -1. */
    int year() {
        int start = pos;
        skipBlanks();
        int value = number(4, 4);
        if (value >= MIN_YEAR && value <= MAX_YEAR && atWordBoundary()) {
            return value;
        }
        pos = start;
        return -1;
    }

    /** A year, after an optional comma ("May 9, 2013", "9 May, 2013"); else -1. */
    int yearAfterOptionalComma() {
        int start = pos;
        skipBlanks();
        if (pos < length && text.charAt(pos) == ',') {
            pos++;
        }
        int value = year();
        if (value < 0) {
            pos = start;
        }
        return value;
    }

    /** A month name or abbreviation, any case, with a full stop after an abbreviation ("Sept."); its number or -1. */
    int month() {
        int start = pos;
        skipBlanks();
        int wordStart = pos;
        int wordEnd = letterRunEnd();
        int month = wordEnd < 0 ? 0 : CalendarWords.month(text, wordStart, wordEnd);
        if (month == 0) {
            pos = start;
            return -1;
        }
        pos = wordEnd;
        if (pos < length && text.charAt(pos) == '.' && CalendarWords.isAbbreviatedMonth(text, wordStart, wordEnd)) {
            pos++;
        }
        return month;
    }

    /** Skips a weekday name, a comma after it and the blanks that follow ("Tuesday, ", "Tue. "), if there is one. */
    void skipOptionalWeekday() {
        int start = pos;
        skipBlanks();
        int wordStart = pos;
        int wordEnd = letterRunEnd();
        if (wordEnd < 0 || !CalendarWords.isWeekday(text, wordStart, wordEnd)) {
            pos = start;
            return;
        }
        pos = wordEnd;
        if (pos < length && text.charAt(pos) == '.') {
            pos++;
        }
        skipBlanks();
        if (pos < length && text.charAt(pos) == ',') {
            pos++;
            skipBlanks();
        }
    }

    /** Skips the word "of" ("9th of May"), if it comes next. */
    void skipOptionalOf() {
        int start = pos;
        if (!word("of")) {
            pos = start;
        }
    }

    /** What joins the two ends of a range: a hyphen or dash of any kind, "to", "until", "till", "through". */
    boolean rangeSeparator() {
        int start = pos;
        skipBlanks();
        if (pos < length && isDash(text.charAt(pos))) {
            pos++;
            return true;
        }
        if (word("to") || word("until") || word("till") || word("through")) {
            return true;
        }
        pos = start;
        return false;
    }

    /** What separates the days of a list: ",", ", and", "and", "&". */
    boolean listSeparator() {
        int start = pos;
        skipBlanks();
        if (pos < length && text.charAt(pos) == ',') {
            pos++;
            int afterComma = pos;
            if (!word("and") && !ampersand()) {
                pos = afterComma;
            }
            return true;
        }
        if (word("and") || ampersand()) {
            return true;
        }
        pos = start;
        return false;
    }

    /** The given character, with no blanks before it. */
    boolean character(char expected) {
        if (pos < length && text.charAt(pos) == expected) {
            pos++;
            return true;
        }
        return false;
    }

    /**
     * A run of {@code minDigits} to {@code maxDigits} digits, with no blanks before it; its value or
     * -1. The run must be whole: "2013" is not read as a two-digit number.
     */
    int number(int minDigits, int maxDigits) {
        int start = pos;
        int value = 0;
        while (pos < length && pos - start <= maxDigits && isDigit(text.charAt(pos))) {
            value = value * 10 + (text.charAt(pos) - '0');
            pos++;
        }
        int digits = pos - start;
        if (digits < minDigits || digits > maxDigits) {
            pos = start;
            return -1;
        }
        return value;
    }

    /** Whether the next character cannot continue a word or number (or the text ends). */
    boolean atWordBoundary() {
        return pos >= length || !Character.isLetterOrDigit(text.charAt(pos));
    }

    static boolean isDash(char c) {
        // hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash, em dash, minus sign
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014'
                || c == '\u2212';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private boolean ampersand() {
        skipBlanks();
        return character('&');
    }

    /** A whole word, ignoring case, after optional blanks. Does not restore the position on failure. */
    private boolean word(String lowerCaseWord) {
        skipBlanks();
        int wordStart = pos;
        int wordEnd = letterRunEnd();
        if (wordEnd >= 0 && CalendarWords.equalsIgnoreCase(text, wordStart, wordEnd, lowerCaseWord)) {
            pos = wordEnd;
            return true;
        }
        return false;
    }

    /**
     * The end of the run of letters at the position, if it is a whole word no longer than any
     * calendar word; else -1. Does not move.
     */
    private int letterRunEnd() {
        int end = pos;
        while (end < length && Character.isLetter(text.charAt(end))) {
            if (end - pos == CalendarWords.MAX_LENGTH) {
                return -1;
            }
            end++;
        }
        if (end == pos || (end < length && isDigit(text.charAt(end)))) {
            return -1;
        }
        return end;
    }

    private void skipOrdinalSuffix() {
        if (pos + 2 > length) {
            return;
        }
        char a = Character.toLowerCase(text.charAt(pos));
        char b = Character.toLowerCase(text.charAt(pos + 1));
        boolean suffix = (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd')
                || (a == 't' && b == 'h');
        if (suffix && (pos + 2 == length || !Character.isLetterOrDigit(text.charAt(pos + 2)))) {
            pos += 2;
        }
    }
}
