package org.atlas1540.server.region;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.atlas1540.reference.StateCode;
import org.atlas1540.server.event.StateEngagement;
import org.atlas1540.server.event.StateGrouping;

/**
 * Which States of a region events reached in a window of years, and which they did not.
 *
 * @param reached    States with an event in the window, by name
 * @param notReached the others: never reached first (by name), then the longest unreached first
 */
record RegionReach(StateGrouping region, ReachWindow window, List<StateReach> reached, List<StateReach> notReached) {
    private static final Comparator<StateReach> LONGEST_UNREACHED_FIRST = Comparator
            .comparing(StateReach::lastDate, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(StateReach::events)
            .thenComparing(StateReach::name);

    RegionReach {
        reached = List.copyOf(reached);
        notReached = List.copyOf(notReached);
    }

    static RegionReach of(StateGrouping region, ReachWindow window, Map<StateCode, StateEngagement> engagement) {
        List<StateReach> states = region.members().stream()
                .map(m -> {
                    StateEngagement e = engagement.get(m.code());
                    return e == null ? new StateReach(m.code(), m.name(), 0, 0, null)
                            : new StateReach(m.code(), m.name(), e.recent(), e.events(), e.lastDate());
                })
                .toList();
        return new RegionReach(region, window,
                states.stream().filter(StateReach::reached).toList(),
                states.stream().filter(s -> !s.reached()).sorted(LONGEST_UNREACHED_FIRST).toList());
    }

    /** The count of each State in the window, for the region's map. */
    Map<StateCode, Integer> recentCounts() {
        return reached.stream().collect(Collectors.toMap(StateReach::code, StateReach::recent));
    }

    public int states() {
        return reached.size() + notReached.size();
    }
}
