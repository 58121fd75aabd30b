package org.atlas1540.server.matching;

import java.util.Optional;

/** The id of an accepted match. */
public record MatchId(long value) {
    public MatchId {
        if (value < 1) {
            throw new IllegalArgumentException("A match id is a whole number from 1, not " + value + ".");
        }
    }

    public static Optional<MatchId> parse(String text) {
        if (text == null || !text.matches("\\d{1,18}") || Long.parseLong(text) < 1) {
            return Optional.empty();
        }
        return Optional.of(new MatchId(Long.parseLong(text)));
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
