package org.atlas1540.server.assistance;

import java.util.Set;
import org.atlas1540.reference.StateCode;

/**
 * Which requests a list shows; null values do not filter.
 *
 * @param states  requests of these States only (a region's members); null for all
 * @param openOnly only requests that are not fulfilled, closed or withdrawn
 */
public record RequestFilter(RequestStatus status, StateCode state, AssistanceArea area, Set<StateCode> states,
        boolean openOnly) {

    public static RequestFilter all() {
        return new RequestFilter(null, null, null, null, false);
    }

    public static RequestFilter openOf(StateCode state) {
        return new RequestFilter(null, state, null, null, true);
    }

    public static RequestFilter openIn(Set<StateCode> states) {
        return new RequestFilter(null, null, null, Set.copyOf(states), true);
    }
}
