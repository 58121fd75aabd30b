package org.atlas1540.server.event;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.atlas1540.reference.ReferenceData;
import org.atlas1540.reference.State;
import org.atlas1540.reference.StateCode;
import org.atlas1540.reference.UnRegionalGroup;

/**
 * The regions a list of events can be narrowed to, each the set of its States: the five UN
 * regional groups by their ids ({@code eastern-european}) and the M49 regions and sub-regions by
 * their names written as ids ({@code europe}, {@code southern-europe}). From the reference data.
 */
final class Regions {
    private static final Map<String, SortedSet<StateCode>> STATES_BY_REGION = build();

    private Regions() {
    }

    static Optional<SortedSet<StateCode>> states(String id) {
        return Optional.ofNullable(STATES_BY_REGION.get(id));
    }

    static String ids() {
        return String.join(", ", STATES_BY_REGION.keySet());
    }

    /** "Latin America and the Caribbean" is {@code latin-america-and-the-caribbean}. */
    static String id(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static Map<String, SortedSet<StateCode>> build() {
        var regions = new TreeMap<String, SortedSet<StateCode>>();
        for (UnRegionalGroup group : UnRegionalGroup.values()) {
            regions.put(group.slug(), new TreeSet<>());
        }
        for (State state : ReferenceData.standard().states().all()) {
            state.groups().forEach(g -> regions.get(g.slug()).add(state.code()));
            for (String name : new String[] {state.m49Region(), state.m49SubRegion()}) {
                if (name != null && !name.isBlank()) {
                    regions.computeIfAbsent(id(name), k -> new TreeSet<>()).add(state.code());
                }
            }
        }
        return Collections.unmodifiableMap(regions);
    }
}
