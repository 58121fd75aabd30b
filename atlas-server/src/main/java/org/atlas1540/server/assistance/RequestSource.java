package org.atlas1540.server.assistance;

/**
 * Where a request was learned from: a fact read from an event's note (the event's slug and the
 * fact's number on its page, from 1), or a sentence of free text ("Note verbale of 3 March 2020").
 * Exactly one of the two.
 */
public record RequestSource(String eventSlug, Integer factNumber, String text) {
    public static final int MAX_TEXT = 1000;

    public RequestSource {
        boolean fact = eventSlug != null && factNumber != null;
        if (fact == (text != null) || (eventSlug == null) != (factNumber == null)) {
            throw new IllegalArgumentException("A source is either an event and its fact, or free text.");
        }
        if (factNumber != null && factNumber < 1) {
            throw new IllegalArgumentException("A fact's number is from 1.");
        }
    }

    public static RequestSource fact(String eventSlug, int factNumber) {
        return new RequestSource(eventSlug, factNumber, null);
    }

    public static RequestSource text(String text) {
        return new RequestSource(null, null, text);
    }

    public boolean isFact() {
        return eventSlug != null;
    }

    /** For lists and the CSV: {@code event-slug#3} or the text. */
    public String describe() {
        return isFact() ? eventSlug + "#" + factNumber : text;
    }
}
