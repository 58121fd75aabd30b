package org.atlas1540.server.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.atlas1540.reference.StateCode;
import org.atlas1540.server.event.StateEngagement;
import org.atlas1540.server.event.StateGrouping;
import org.junit.jupiter.api.Test;

class RegionReachTest {
    private static final StateGrouping REGION = new StateGrouping("somewhere", "Somewhere",
            StateGrouping.Kind.M49_SUBREGION, "parent", List.of(member("AAA", "Alpha"), member("BBB", "Beta"),
            member("CCC", "Gamma"), member("DDD", "Delta"), member("EEE", "Epsilon")));
    private static final ReachWindow WINDOW = new ReachWindow(5, LocalDate.of(2020, 1, 1));

    @Test
    void statesWithAnEventInTheWindowAreReachedByNameAndTheOthersNeverReachedFirstThenLongestAgo() {
        RegionReach reach = RegionReach.of(REGION, WINDOW, Map.of(
                StateCode.of("AAA"), new StateEngagement(3, 1, LocalDate.of(2021, 5, 1)),
                StateCode.of("BBB"), new StateEngagement(2, 0, LocalDate.of(2015, 1, 1)),
                StateCode.of("CCC"), new StateEngagement(1, 0, LocalDate.of(2010, 1, 1)),
                StateCode.of("DDD"), new StateEngagement(1, 0, null)));

        assertThat(reach.reached()).extracting(StateReach::name).containsExactly("Alpha");
        assertThat(reach.notReached()).extracting(StateReach::name).containsExactly("Epsilon", "Delta", "Gamma", "Beta");
        assertThat(reach.notReached()).extracting(StateReach::lastEngagement)
                .containsExactly("Never", "Date not given", "1 January 2010", "1 January 2015");
        assertThat(reach.recentCounts()).containsExactly(Map.entry(StateCode.of("AAA"), 1));
        assertThat(reach.states()).isEqualTo(5);
    }

    private static StateGrouping.Member member(String code, String name) {
        return new StateGrouping.Member(StateCode.of(code), name);
    }
}
