package org.atlas1540.server.event;

/**
 * The events list's query string as given, every value a string so that binding never fails:
 * {@link EventFilterReader} reads it and says what is wrong with it. Also what the filter form
 * shows, so that a value the reader refused is still there to correct.
 *
 * @param year a single year: the same as {@code from} and {@code to} both set to it
 */
record EventQuery(String from, String to, String year, String region, String state, String organisation,
        String topic, String kind, String sort, String page) {

    static EventQuery empty() {
        return new EventQuery(null, null, null, null, null, null, null, null, null, null);
    }
}
