package org.atlas1540.notes.dates;

/**
 * Dates written month first, the US style:
 * <ul>
 *   <li>"May 9, 2013", "Sept. 9 2013"</li>
 *   <li>"May 9, 2013 – June 2, 2014" (each end complete)</li>
 *   <li>"May 30 – June 2, 2015"</li>
 *   <li>"May 9-10, 2013", "May 9th - 10th, 2013"</li>
 *   <li>"May 9 and 10, 2013", "May 9, 10 and 11, 2013"</li>
 * </ul>
 */
final class MonthFirstForm implements DateForm {

    @Override
    public RawRange read(DateLexer lexer) {
        int firstMonth = lexer.month();
        int firstDay = firstMonth > 0 ? lexer.day() : -1;
        if (firstDay < 0) {
            return null;
        }
        int afterDay = lexer.position();
        int firstYear = lexer.yearAfterOptionalComma();
        if (firstYear > 0) {
            int afterYear = lexer.position();
            RawRange range = completeEnd(lexer, firstYear, firstMonth, firstDay);
            return range != null ? range : RawRange.day(afterYear, firstYear, firstMonth, firstDay);
        }
        lexer.moveTo(afterDay);
        if (lexer.rangeSeparator()) {
            return otherEnd(lexer, firstMonth, firstDay);
        }
        lexer.moveTo(afterDay);
        return list(lexer, firstMonth, firstDay);
    }

    /** "– June 2, 2014" after a complete first day; null (position unspecified) if absent. */
    private static RawRange completeEnd(DateLexer lexer, int firstYear, int firstMonth, int firstDay) {
        if (!lexer.rangeSeparator()) {
            return null;
        }
        lexer.skipOptionalWeekday();
        int lastMonth = lexer.month();
        int lastDay = lastMonth > 0 ? lexer.day() : -1;
        int lastYear = lastDay > 0 ? lexer.yearAfterOptionalComma() : -1;
        if (lastYear < 0) {
            return null;
        }
        return new RawRange(lexer.position(), firstYear, firstMonth, firstDay, lastYear, lastMonth, lastDay);
    }

    /** "June 2, 2015" or "10, 2013" after "May 30 –". */
    private static RawRange otherEnd(DateLexer lexer, int firstMonth, int firstDay) {
        lexer.skipOptionalWeekday();
        int lastMonth = lexer.month();
        if (lastMonth < 0) {
            lastMonth = firstMonth;
        }
        int lastDay = lexer.day();
        int year = lastDay > 0 ? lexer.yearAfterOptionalComma() : -1;
        if (year < 0) {
            return null;
        }
        return RawRange.withinYear(lexer.position(), year, firstMonth, firstDay, lastMonth, lastDay);
    }

    /** ", 10 and 11, 2013" after "May 9". */
    private static RawRange list(DateLexer lexer, int month, int firstDay) {
        int lastDay = -1;
        for (int listed = 1; listed < DayFirstForm.MAX_LISTED_DAYS; listed++) {
            int beforeSeparator = lexer.position();
            if (!lexer.listSeparator()) {
                break;
            }
            int day = lexer.day();
            if (day < 0) {
                lexer.moveTo(beforeSeparator);
                break;
            }
            lastDay = day;
        }
        int year = lastDay > 0 ? lexer.yearAfterOptionalComma() : -1;
        return year < 0 ? null : new RawRange(lexer.position(), year, month, firstDay, year, month, lastDay);
    }
}
