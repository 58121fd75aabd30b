package org.atlas1540.server.event;

import org.atlas1540.reference.StateCode;

/** How values fit the event tables' columns: long text cut with an ellipsis, codes as text. */
final class Columns {
    /** The width of name-like columns (titles, venues, party names, headings). */
    static final int MAX_NAME = 1000;

    private Columns() {
    }

    static String name(String s) {
        return truncate(s, MAX_NAME);
    }

    static String code(StateCode code) {
        return code == null ? null : code.value();
    }

    static String truncate(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        return s.substring(0, max - 1) + "…";
    }
}
