package org.atlas1540.server.plan;

import java.util.Optional;

/** The database id of a plan version. */
public record ActionPlanId(long value) {
    public ActionPlanId {
        if (value <= 0) {
            throw new IllegalArgumentException("a plan id is a positive number, not " + value);
        }
    }

    /** The id as an address gives it; empty when it is not one (the page is then not found). */
    static Optional<ActionPlanId> parse(String text) {
        if (text == null || !text.matches("\\d{1,18}") || Long.parseLong(text) == 0) {
            return Optional.empty();
        }
        return Optional.of(new ActionPlanId(Long.parseLong(text)));
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
