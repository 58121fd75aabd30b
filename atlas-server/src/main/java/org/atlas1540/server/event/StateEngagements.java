package org.atlas1540.server.event;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.atlas1540.reference.StateCode;

/**
 * For each State that any event names (as party or host), the start days of its events, sorted, and
 * how many of its events have no date: enough to answer how many events it took part in, how many
 * since any day, and the latest, without reading the events again.
 */
final class StateEngagements {
    /** One event of a State: its start date, null when the note gives none. */
    record Row(StateCode state, LocalDate start) {
    }

    private record Days(int[] sortedEpochDays, int undated) {
        int events() {
            return sortedEpochDays.length + undated;
        }

        int onOrAfter(LocalDate since) {
            int key = (int) since.toEpochDay();
            int at = Arrays.binarySearch(sortedEpochDays, key);
            if (at < 0) {
                at = -at - 1;
            } else {
                while (at > 0 && sortedEpochDays[at - 1] == key) {
                    at--;
                }
            }
            return sortedEpochDays.length - at;
        }

        LocalDate last() {
            return sortedEpochDays.length == 0 ? null
                    : LocalDate.ofEpochDay(sortedEpochDays[sortedEpochDays.length - 1]);
        }
    }

    private final Map<StateCode, Days> byState;

    private StateEngagements(Map<StateCode, Days> byState) {
        this.byState = byState;
    }

    /** @param rows one per State and event it took part in (each event once per State) */
    static StateEngagements of(List<Row> rows) {
        var dated = new HashMap<StateCode, int[]>();
        var sizes = new HashMap<StateCode, Integer>();
        var undated = new HashMap<StateCode, Integer>();
        for (Row row : rows) {
            if (row.start() == null) {
                undated.merge(row.state(), 1, Integer::sum);
                continue;
            }
            int size = sizes.getOrDefault(row.state(), 0);
            int[] days = dated.computeIfAbsent(row.state(), s -> new int[16]);
            if (size == days.length) {
                days = Arrays.copyOf(days, size * 2);
                dated.put(row.state(), days);
            }
            days[size] = (int) row.start().toEpochDay();
            sizes.put(row.state(), size + 1);
        }
        var byState = new HashMap<StateCode, Days>();
        dated.forEach((state, days) -> {
            int[] sorted = Arrays.copyOf(days, sizes.get(state));
            Arrays.sort(sorted);
            byState.put(state, new Days(sorted, undated.getOrDefault(state, 0)));
        });
        undated.forEach((state, count) -> byState.putIfAbsent(state, new Days(new int[0], count)));
        return new StateEngagements(Map.copyOf(byState));
    }

    /** For each State named by any event, how many events. */
    Map<StateCode, Integer> eventCounts() {
        var counts = new HashMap<StateCode, Integer>();
        byState.forEach((state, days) -> counts.put(state, days.events()));
        return counts;
    }

    /** For each State named by any event: its events, those that started on or after {@code since}, the latest start. */
    Map<StateCode, StateEngagement> since(LocalDate since) {
        var engagement = new HashMap<StateCode, StateEngagement>();
        byState.forEach((state, days) -> engagement.put(state,
                new StateEngagement(days.events(), days.onOrAfter(since), days.last())));
        return engagement;
    }
}
