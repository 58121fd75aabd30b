package org.atlas1540.notes.citations;

import java.util.Map;

/**
 * The Security Council resolutions notes commonly cite without their year, and the year each
 * was adopted: resolution 1540 and its follow-ups, and resolution 1373 on terrorism.
 */
final class KnownResolutions {
    private static final Map<Integer, Integer> YEAR_BY_NUMBER = Map.of(
            1373, 2001,
            1540, 2004,
            1673, 2006,
            1810, 2008,
            1977, 2011,
            2055, 2012,
            2325, 2016,
            2663, 2022);

    private KnownResolutions() {
    }

    /** The year resolution {@code number} was adopted, or -1 if it is not in the table. */
    static int yearOf(int number) {
        return YEAR_BY_NUMBER.getOrDefault(number, -1);
    }
}
