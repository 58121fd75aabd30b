package org.atlas1540.server.event;

import io.swagger.v3.oas.annotations.Parameter;
import org.atlas1540.server.web.InvalidParameterException;

/** The paging parameters of an API list as the query string gives them; {@link #toPaging()} checks them. */
record PageParams(
        @Parameter(description = "Page number, from 1 (default 1)") String page,
        @Parameter(description = "Items per page, 1 to 100 (default 20)") String size) {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    static final int MAX_PAGE = EventFilter.LAST_PAGE;

    Paging toPaging() {
        return new Paging(number("page", page, 1, MAX_PAGE, 1), size(size));
    }

    /** A page's length: absent is the default, else a whole number from 1 to {@link #MAX_SIZE}. */
    static int size(String value) {
        return number("size", value, 1, MAX_SIZE, DEFAULT_SIZE);
    }

    private static int number(String name, String value, int min, int max, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        String text = value.strip();
        if (!text.matches("\\d{1,7}") || Integer.parseInt(text) < min || Integer.parseInt(text) > max) {
            throw new InvalidParameterException(name, value, "a whole number from " + min + " to " + max);
        }
        return Integer.parseInt(text);
    }
}
