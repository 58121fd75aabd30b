package org.atlas1540.server.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Arrays;
import java.util.List;
import org.atlas1540.reference.StateCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionYearChartTest {
    private static final List<StateGrouping> REGIONS = List.of(
            region("africa", "Africa", "DZA"), region("europe", "Europe", "SRB", "AUT"));

    @Test
    void eachYearFromTheFirstToTheLastIsAColumnWithOneCountPerRegionAndOneForNoVenue() {
        RegionYearChart chart = RegionYearChart.of(List.of(
                new YearVenueCount(2013, "SRB", 2), new YearVenueCount(2013, "DZA", 1),
                new YearVenueCount(2015, "AUT", 1), new YearVenueCount(2015, null, 1),
                new YearVenueCount(2015, "USA", 1)), REGIONS, 4);

        assertThat(chart.series()).extracting(RegionYearChart.Series::name)
                .containsExactly("Africa", "Europe", "Venue not given");
        assertThat(chart.columns()).extracting(RegionYearChart.Column::year).containsExactly(2013, 2014, 2015);
        assertThat(chart.columns().get(0).counts()).containsExactly(1, 2, 0);
        assertThat(chart.columns().get(1).counts()).containsExactly(0, 0, 0);
        // A venue in no region given (the United States are in none of these two) counts with the missing ones.
        assertThat(chart.columns().get(2).counts()).containsExactly(0, 1, 2);
        assertThat(chart.columns().get(2).total()).isEqualTo(3);
        assertThat(chart.undated()).isEqualTo(4);
    }

    @Test
    void barsStackFromTheAxisUpAndSayWhatTheyCount() {
        RegionYearChart chart = RegionYearChart.of(List.of(new YearVenueCount(2013, "SRB", 2),
                new YearVenueCount(2013, "DZA", 1)), REGIONS, 0);

        List<RegionYearChart.Bar> bars = chart.columns().get(0).bars();
        assertThat(bars).extracting(RegionYearChart.Bar::title)
                .containsExactly("2013, Africa: 1 event", "2013, Europe: 2 events");
        double axis = chart.plotBottom();
        double africaTop = Double.parseDouble(bars.get(0).y());
        assertThat(africaTop + Double.parseDouble(bars.get(0).height())).isEqualTo(axis, offset(0.1));
        assertThat(Double.parseDouble(bars.get(1).y()) + Double.parseDouble(bars.get(1).height()))
                .isEqualTo(africaTop, offset(0.1));
        assertThat(chart.ticks()).extracting(RegionYearChart.Tick::value).containsExactly(0, 1, 2, 3, 4, 5);
    }

    @Test
    void noDatedEventMakesAnEmptyChart() {
        assertThat(RegionYearChart.of(List.of(), REGIONS, 2).isEmpty()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"0, 1", "1, 1", "3, 5", "5, 5", "6, 10", "11, 20", "21, 50", "51, 100", "101, 200"})
    void theAxisEndsAtTheNextRoundNumber(int highest, int top) {
        assertThat(RegionYearChart.niceCeiling(highest)).isEqualTo(top);
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "5, 1", "10, 2", "20, 5", "50, 10", "100, 20", "200, 50"})
    void theAxisHasAtMostSixTicks(int top, int step) {
        assertThat(RegionYearChart.tickStep(top)).isEqualTo(step);
    }

    private static StateGrouping region(String id, String name, String... codes) {
        return new StateGrouping(id, name, StateGrouping.Kind.M49_REGION, null,
                Arrays.stream(codes).map(c -> new StateGrouping.Member(StateCode.of(c), c)).toList());
    }
}
