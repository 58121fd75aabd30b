package org.atlas1540.notes.dates;

/**
 * ISO 8601 calendar dates: "2013-05-09", and ranges of two of them joined by "/" (the ISO
 * interval) or by a dash or "to": "2013-05-09/2013-05-10", "2013-05-09 – 2013-05-10".
 */
final class IsoForm implements DateForm {

    @Override
    public RawRange read(DateLexer lexer) {
        int[] first = isoDate(lexer);
        if (first == null) {
            return null;
        }
        int afterFirst = lexer.position();
        if (lexer.character('/') || lexer.rangeSeparator()) {
            lexer.skipBlanks();
            int[] last = isoDate(lexer);
            if (last != null) {
                return new RawRange(lexer.position(), first[0], first[1], first[2], last[0], last[1], last[2]);
            }
        }
        return RawRange.day(afterFirst, first[0], first[1], first[2]);
    }

    /** "2013-05-09" as {year, month, day}, or null (position unspecified). */
    private static int[] isoDate(DateLexer lexer) {
        int year = lexer.number(4, 4);
        if (year < DateLexer.MIN_YEAR || year > DateLexer.MAX_YEAR || !lexer.character('-')) {
            return null;
        }
        int month = lexer.number(2, 2);
        if (month < 0 || !lexer.character('-')) {
            return null;
        }
        int day = lexer.number(2, 2);
        if (day < 0 || !lexer.atWordBoundary() || followedByDashAndDigit(lexer)) {
            return null;
        }
        return new int[] {year, month, day};
    }

    private static boolean followedByDashAndDigit(DateLexer lexer) {
        CharSequence text = lexer.text();
        int pos = lexer.position();
        return pos + 1 < text.length() && text.charAt(pos) == '-' && DateLexer.isDigit(text.charAt(pos + 1));
    }
}
