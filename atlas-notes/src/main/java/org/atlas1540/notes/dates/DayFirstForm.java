package org.atlas1540.notes.dates;

/**
 * Dates written day first, the usual UN style:
 * <ul>
 *   <li>"9 May 2013", "9th of May, 2013"</li>
 *   <li>"9 May 2013 – 10 May 2014" (each end complete)</li>
 *   <li>"28 February – 1 March 2012", "30 November to 2 December 2015"</li>
 *   <li>"9-10 May 2013", "9th–10th May 2013", "Monday 9 to Wednesday 11 May 2013"</li>
 *   <li>"9 and 10 May 2013", "9, 10 and 11 May 2013": a list reads as the range from its first
 *       to its last day</li>
 * </ul>
 */
final class DayFirstForm implements DateForm {
    /** More days than this in a list is not a date; the bound also keeps each attempt short. */
    static final int MAX_LISTED_DAYS = 10;

    @Override
    public RawRange read(DateLexer lexer) {
        int firstDay = lexer.day();
        if (firstDay < 0) {
            return null;
        }
        lexer.skipOptionalOf();
        int afterDay = lexer.position();
        int firstMonth = lexer.month();
        if (firstMonth > 0) {
            return readAfterFirstMonth(lexer, firstDay, firstMonth);
        }
        lexer.moveTo(afterDay);
        if (lexer.rangeSeparator()) {
            return sameMonthEnd(lexer, firstDay);
        }
        lexer.moveTo(afterDay);
        return list(lexer, firstDay);
    }

    /** After "9 May": a year, or a dash and the other end. */
    private static RawRange readAfterFirstMonth(DateLexer lexer, int firstDay, int firstMonth) {
        int afterMonth = lexer.position();
        int firstYear = lexer.yearAfterOptionalComma();
        if (firstYear > 0) {
            int afterYear = lexer.position();
            RawRange range = completeEnd(lexer, firstYear, firstMonth, firstDay);
            if (range != null) {
                return range;
            }
            return RawRange.day(afterYear, firstYear, firstMonth, firstDay);
        }
        lexer.moveTo(afterMonth);
        if (!lexer.rangeSeparator()) {
            return null;
        }
        lexer.skipOptionalWeekday();
        int lastDay = lexer.day();
        if (lastDay < 0) {
            return null;
        }
        lexer.skipOptionalOf();
        int lastMonth = lexer.month();
        int year = lastMonth > 0 ? lexer.yearAfterOptionalComma() : -1;
        return year < 0 ? null : RawRange.withinYear(lexer.position(), year, firstMonth, firstDay, lastMonth, lastDay);
    }

    /** "– 10 May 2014" after a complete first day; null (position unspecified) if absent. */
    private static RawRange completeEnd(DateLexer lexer, int firstYear, int firstMonth, int firstDay) {
        if (!lexer.rangeSeparator()) {
            return null;
        }
        lexer.skipOptionalWeekday();
        int lastDay = lexer.day();
        if (lastDay < 0) {
            return null;
        }
        lexer.skipOptionalOf();
        int lastMonth = lexer.month();
        int lastYear = lastMonth > 0 ? lexer.yearAfterOptionalComma() : -1;
        if (lastYear < 0) {
            return null;
        }
        return new RawRange(lexer.position(), firstYear, firstMonth, firstDay, lastYear, lastMonth, lastDay);
    }

    /** "10 May 2013" after "9 –". */
    private static RawRange sameMonthEnd(DateLexer lexer, int firstDay) {
        lexer.skipOptionalWeekday();
        int lastDay = lexer.day();
        if (lastDay < 0) {
            return null;
        }
        return monthAndYear(lexer, firstDay, lastDay);
    }

    /** ", 10 and 11 May 2013" after "9". */
    private static RawRange list(DateLexer lexer, int firstDay) {
        int lastDay = -1;
        for (int listed = 1; listed < MAX_LISTED_DAYS; listed++) {
            int beforeSeparator = lexer.position();
            if (!lexer.listSeparator()) {
                break;
            }
            lexer.skipOptionalWeekday();
            int day = lexer.day();
            if (day < 0) {
                lexer.moveTo(beforeSeparator);
                break;
            }
            lastDay = day;
        }
        return lastDay < 0 ? null : monthAndYear(lexer, firstDay, lastDay);
    }

    private static RawRange monthAndYear(DateLexer lexer, int firstDay, int lastDay) {
        lexer.skipOptionalOf();
        int month = lexer.month();
        int year = month > 0 ? lexer.yearAfterOptionalComma() : -1;
        if (year < 0) {
            return null;
        }
        return new RawRange(lexer.position(), year, month, firstDay, year, month, lastDay);
    }
}
