package org.atlas1540.server.event;

import java.util.Locale;
import org.atlas1540.reference.ReferenceData;
import org.atlas1540.reference.StateCode;
import org.atlas1540.server.web.InvalidParameterException;

/** Reads the ids that query parameters name: a known State's code. */
final class QueryValues {
    private QueryValues() {
    }

    /** Null when absent; lower case is accepted ("srb"). */
    static StateCode state(String parameter, String value) {
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
}
