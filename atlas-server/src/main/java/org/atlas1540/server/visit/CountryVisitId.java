package org.atlas1540.server.visit;

import java.util.Optional;

/** The database id of a country visit. */
public record CountryVisitId(long value) {
    public CountryVisitId {
        if (value <= 0) {
            throw new IllegalArgumentException("a visit id is a positive number, not " + value);
        }
    }

    /** The id as an address gives it; empty when it is not one (the page is then not found). */
    static Optional<CountryVisitId> parse(String text) {
        if (text == null || !text.matches("\\d{1,18}") || Long.parseLong(text) == 0) {
            return Optional.empty();
        }
        return Optional.of(new CountryVisitId(Long.parseLong(text)));
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
