package org.atlas1540.notes.dates;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import org.atlas1540.notes.DateRange;

/**
 * What a {@link DateForm} read, before checking that the days exist: "31 February 2013" is read
 * (so that the whole expression can be skipped) but has no {@link #toRange() range}.
 *
 * @param end offset just after the last character read
 */
record RawRange(int end, int startYear, int startMonth, int startDay, int endYear, int endMonth, int endDay) {

    static RawRange day(int end, int year, int month, int day) {
        return new RawRange(end, year, month, day, year, month, day);
    }

    /**
     * A range whose year is written once, at its end. It starts in the year before only when it
     * runs from December into January ("30 December – 2 January 2016"); any other start in a later
     * month than the end ("2 March – 28 February 2013") is a range that ends before it starts.
     */
    static RawRange withinYear(int end, int year, int startMonth, int startDay, int endMonth, int endDay) {
        int startYear = startMonth == 12 && endMonth == 1 ? year - 1 : year;
        return new RawRange(end, startYear, startMonth, startDay, year, endMonth, endDay);
    }

    /** The days named, or null when a day does not exist or the range ends before it starts. */
    DateRange toRange() {
        if (!exists(startYear, startMonth, startDay) || !exists(endYear, endMonth, endDay)) {
            return null;
        }
        LocalDate first = LocalDate.of(startYear, startMonth, startDay);
        LocalDate last = LocalDate.of(endYear, endMonth, endDay);
        // DateRange rejects a range that ends before it starts; checking here keeps exceptions off the hot path.
        return last.isBefore(first) ? null : new DateRange(first, last);
    }

    private static boolean exists(int year, int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= Month.of(month).length(Year.isLeap(year));
    }
}
