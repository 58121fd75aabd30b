package org.atlas1540.server.offer;

import java.util.Optional;

/** The id of an assistance offer, as its addresses show it ({@code /assistance/offers/3}). */
public record AssistanceOfferId(long value) {
    public AssistanceOfferId {
        if (value < 1) {
            throw new IllegalArgumentException("An assistance offer id is a whole number from 1, not " + value + ".");
        }
    }

    public static Optional<AssistanceOfferId> parse(String text) {
        if (text == null || !text.matches("\\d{1,18}") || Long.parseLong(text) < 1) {
            return Optional.empty();
        }
        return Optional.of(new AssistanceOfferId(Long.parseLong(text)));
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
