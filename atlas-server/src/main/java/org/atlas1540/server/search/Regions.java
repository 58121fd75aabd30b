package org.atlas1540.server.search;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.atlas1540.reference.ReferenceData;
import org.atlas1540.reference.State;
import org.springframework.stereotype.Component;

/** The M49 region of each State, from the library's reference data: the search's region facet. */
@Component
class Regions {
    private final Map<String, String> regionOfState = new HashMap<>();
    private final List<String> names;

    Regions() {
        var names = new TreeSet<String>();
        for (State state : ReferenceData.standard().states().all()) {
            String region = state.m49Region();
            if (region != null && !region.isBlank()) {
                regionOfState.put(state.code().value(), region.strip());
                names.add(region.strip());
            }
        }
        this.names = List.copyOf(names);
    }

    /** The regions of these States (ISO alpha-3 codes), each once, sorted; unknown codes are skipped. */
    List<String> of(Collection<String> stateCodes) {
        return stateCodes.stream().map(regionOfState::get).filter(r -> r != null).distinct().sorted().toList();
    }

    List<String> names() {
        return names;
    }

    boolean isKnown(String region) {
        return names.contains(region);
    }
}
