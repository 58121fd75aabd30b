package org.atlas1540.notes.dates;

/**
 * All-numeric dates with full stops, always day first (the European and UN order):
 * "09.05.2013", "9.5.2013", "09.05.2013 – 10.05.2013", "9.-10.5.2013", "28.2.-1.3.2012".
 * Slashed dates ("09/05/2013") are not read: their order (day or month first) cannot be told.
 *
 * <p>A date inside a longer dotted number ("1.12.10.2013") is not read.
 */
final class DottedForm implements DateForm {

    @Override
    public RawRange read(DateLexer lexer) {
        if (afterDottedNumber(lexer.text(), lexer.position())) {
            return null;
        }
        int firstDay = dayAndDot(lexer);
        if (firstDay < 0) {
            return null;
        }
        int afterFirstDay = lexer.position();
        if (lexer.rangeSeparator()) {
            // 9.-10.5.2013
            int[] last = fullDate(lexer);
            return last == null ? null : ended(lexer, new RawRange(lexer.position(), last[0], last[1], firstDay,
                    last[0], last[1], last[2]));
        }
        lexer.moveTo(afterFirstDay);
        int firstMonth = monthAndDot(lexer);
        if (firstMonth < 0) {
            return null;
        }
        int afterFirstMonth = lexer.position();
        if (lexer.rangeSeparator()) {
            // 28.2.-1.3.2012
            int[] last = fullDate(lexer);
            return last == null ? null : ended(lexer, RawRange.withinYear(lexer.position(), last[0], firstMonth,
                    firstDay, last[1], last[2]));
        }
        lexer.moveTo(afterFirstMonth);
        int firstYear = lexer.number(4, 4);
        if (firstYear < DateLexer.MIN_YEAR || firstYear > DateLexer.MAX_YEAR) {
            return null;
        }
        int afterFirstYear = lexer.position();
        if (lexer.rangeSeparator()) {
            int[] last = fullDate(lexer);
            RawRange range = last == null ? null : ended(lexer, new RawRange(lexer.position(), firstYear, firstMonth,
                    firstDay, last[0], last[1], last[2]));
            if (range != null) {
                return range;
            }
        }
        lexer.moveTo(afterFirstYear);
        return ended(lexer, RawRange.day(afterFirstYear, firstYear, firstMonth, firstDay));
    }

    /** "10.5.2013" as {year, month, day}, or null. */
    private static int[] fullDate(DateLexer lexer) {
        lexer.skipBlanks();
        int day = dayAndDot(lexer);
        int month = day > 0 ? monthAndDot(lexer) : -1;
        int year = month > 0 ? lexer.number(4, 4) : -1;
        if (year < DateLexer.MIN_YEAR || year > DateLexer.MAX_YEAR) {
            return null;
        }
        return new int[] {year, month, day};
    }

    private static int dayAndDot(DateLexer lexer) {
        int day = lexer.number(1, 2);
        return day > 0 && lexer.character('.') ? day : -1;
    }

    private static int monthAndDot(DateLexer lexer) {
        int month = lexer.number(1, 2);
        return month > 0 && month <= 12 && lexer.character('.') ? month : -1;
    }

    /** The range, unless the text goes on as a longer number ("09.05.2013.1", "09.05.20131"). */
    private static RawRange ended(DateLexer lexer, RawRange range) {
        CharSequence text = lexer.text();
        int end = range.end();
        if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            return null;
        }
        if (end + 1 < text.length() && text.charAt(end) == '.' && DateLexer.isDigit(text.charAt(end + 1))) {
            return null;
        }
        return range;
    }

    private static boolean afterDottedNumber(CharSequence text, int start) {
        return start >= 2 && text.charAt(start - 1) == '.' && DateLexer.isDigit(text.charAt(start - 2));
    }
}
