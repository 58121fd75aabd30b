package org.atlas1540.server.event;

/**
 * A value of the events list's query string that cannot be used.
 *
 * @param field   the query parameter, such as {@code from}
 * @param message a sentence for the person who typed it, naming the value
 */
record FilterProblem(String field, String message) {

    /** The id of the form's input to correct it in; null when the form has none (page). */
    public String input() {
        return switch (field) {
            case "year" -> "from";
            case "page" -> null;
            default -> field;
        };
    }
}
