package org.atlas1540.server.web;

/**
 * Which page of a list the API is asked for, read from the query string as the events API reads
 * it: {@code page} from 1, {@code size} from 1 to 100 (default 20). A value that cannot be used is
 * an {@link InvalidParameterException} naming it.
 */
public record PageRequest(int number, int size) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    public static final int MAX_PAGE = 100_000;

    public static PageRequest parse(String page, String size) {
        return new PageRequest(number("page", page, MAX_PAGE, 1), number("size", size, MAX_SIZE, DEFAULT_SIZE));
    }

    public long offset() {
        return (long) (number - 1) * size;
    }

    private static int number(String name, String value, int max, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        String text = value.strip();
        if (!text.matches("\\d{1,7}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > max) {
            throw new InvalidParameterException(name, value, "a whole number from 1 to " + max);
        }
        return Integer.parseInt(text);
    }
}
