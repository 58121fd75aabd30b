package org.atlas1540.server.web;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.atlas1540.reference.ReferenceData;
import org.atlas1540.reference.StateCode;

/**
 * Reads the filters of a list (page or API) from the query string; a value that cannot be used is
 * an {@link InvalidParameterException} naming the parameter, its value and what it should be.
 */
public final class QueryParameters {
    private QueryParameters() {
    }

    /** A known State's code (any case); null when absent. */
    public static StateCode state(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String rule = "the ISO 3166-1 alpha-3 code of a State, such as SRB";
        try {
            StateCode code = StateCode.of(value.strip().toUpperCase(Locale.ROOT));
            return ReferenceData.standard().states().find(code).map(s -> code)
                    .orElseThrow(() -> new InvalidParameterException(parameter, value, rule));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(parameter, value, rule);
        }
    }

    /** One of a fixed set of values (any case), read by {@code parse}; null when absent. */
    public static <T> T choice(String parameter, String value, Function<String, Optional<T>> parse, String allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return parse.apply(value.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new InvalidParameterException(parameter, value, "one of " + allowed));
    }
}
