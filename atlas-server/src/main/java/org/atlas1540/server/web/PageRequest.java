package org.atlas1540.server.web;

/**
 * Which page of a list, and how long a page is, as read from the {@code page} and {@code size}
 * parameters of a page or an API list.
 *
 * @param number from 1
 */
public record PageRequest(int number, int size) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    public static final int MAX_PAGE = 100_000;

    public PageRequest {
        if (number < 1 || number > MAX_PAGE || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page " + number + " of size " + size + " is out of range");
        }
    }

    /**
     * The parameters as the query string gives them; absent is page 1 of {@link #DEFAULT_SIZE}.
     *
     * @throws InvalidParameterException naming the parameter that is not a whole number in range
     */
    public static PageRequest of(String page, String size) {
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
