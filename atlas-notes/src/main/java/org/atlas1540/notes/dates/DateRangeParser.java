package org.atlas1540.notes.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.atlas1540.notes.DateRange;
import org.atlas1540.notes.text.Chars;

/**
 * Finds dates and date ranges in note text: "9-10 May 2013", "5 - 6 November 2013",
 * "28 February – 1 March 2012", "30 November to 2 December 2015", "May 30 – June 2, 2015",
 * "9, 10 and 11 May 2013", "Tuesday, 9 May 2013", "09.05.2013", "2013-05-09" and the like. Month
 * names are English, in full or shortened ("Sept.", "Nov"), in any case.
 *
 * <p>Rules:
 * <ul>
 *   <li>A date needs a day, a month and a year: "9-10 May" and "May 2013" are not dates.</li>
 *   <li>Years run from 1900 to 2099.</li>
 *   <li>A range whose first end has no year takes the year of the last end, or the year before
 *       when it runs from December into January ("30 December – 2 January 2016").</li>
 *   <li>A list of days ("9, 10 and 11 May") reads as the range from its first to its last day.</li>
 *   <li>An expression that reads as a date but names a day that does not exist ("31 February
 *       2013") or a range that ends before it starts ("10-9 May 2013") is skipped as a whole, and
 *       the search goes on after it.</li>
 *   <li>A leading weekday name belongs to the match; a leading "from" or "on" does not.</li>
 *   <li>A weekday name is not checked against the date.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe. Runs in time linear in the length of the text: a reading is tried
 * only where a number or a month or weekday name starts, and each reading looks at a bounded
 * number of words.
 */
public final class DateRangeParser {
    private static final List<DateForm> FORMS =
            List.of(new DayFirstForm(), new MonthFirstForm(), new IsoForm(), new DottedForm());

    /** The first date or date range in the text. */
    public Optional<DateMatch> find(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return Optional.ofNullable(next(text, new DateLexer(text), 0));
    }

    /** Every date and date range in the text, in order, none overlapping another. */
    public List<DateMatch> findAll(CharSequence text) {
        Objects.requireNonNull(text, "text");
        DateLexer lexer = new DateLexer(text);
        List<DateMatch> matches = new ArrayList<>();
        DateMatch match = next(text, lexer, 0);
        while (match != null) {
            matches.add(match);
            match = next(text, lexer, match.end());
        }
        return List.copyOf(matches);
    }

    private static DateMatch next(CharSequence text, DateLexer lexer, int from) {
        int length = text.length();
        int pos = from > 0 && Chars.isLetterOrDigit(text.charAt(from - 1)) ? wordEnd(text, from) : from;
        while (pos < length) {
            char c = text.charAt(pos);
            if (!Chars.isLetterOrDigit(c)) {
                pos++;
                continue;
            }
            // pos starts a word or number
            int wordEnd = wordEnd(text, pos);
            if (!DateLexer.isDigit(c) && CalendarWords.lookUp(text, pos, wordEnd) == CalendarWords.NONE) {
                pos = wordEnd;
                continue;
            }
            RawRange raw = readAt(lexer, pos);
            if (raw == null) {
                pos = wordEnd;
                continue;
            }
            DateRange range = raw.toRange();
            if (range != null) {
                return new DateMatch(range, pos, raw.end());
            }
            pos = raw.end();
        }
        return null;
    }

    /** The longest reading of any form at the position, a leading weekday name allowed. */
    private static RawRange readAt(DateLexer lexer, int start) {
        lexer.moveTo(start);
        lexer.skipOptionalWeekday();
        int afterWeekday = lexer.position();
        RawRange best = null;
        for (DateForm form : FORMS) {
            lexer.moveTo(afterWeekday);
            RawRange raw = form.read(lexer);
            if (raw != null && (best == null || raw.end() > best.end())) {
                best = raw;
            }
        }
        return best;
    }

    /** The end of the run of letters and digits starting at the position. */
    private static int wordEnd(CharSequence text, int pos) {
        int end = pos;
        while (end < text.length() && Chars.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }
}
