package org.atlas1540.server.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.atlas1540.reference.StateCode;
import org.junit.jupiter.api.Test;

class ChoroplethMapsTest {
    private static final StateCode SERBIA = StateCode.of("SRB");
    private static final StateCode SLOVENIA = StateCode.of("SVN");
    private static final StateCode MALTA = StateCode.of("MLT");
    private static final StateCode FRANCE = StateCode.of("FRA");

    private final ChoroplethMaps maps = new ChoroplethMaps(new WorldShapes());

    @Test
    void eachStateIsALinkNamedWithItsCountAndColouredByItsBucket() {
        ChoroplethMap map = maps.world(Map.of(SERBIA, 4, SLOVENIA, 1), "Events");

        assertThat(area(map, "SRB")).satisfies(a -> {
            assertThat(a.href()).isEqualTo("/states/SRB");
            assertThat(a.label()).isEqualTo("Serbia: 4 events");
            assertThat(a.cssClass()).isEqualTo("map-b4");
        });
        assertThat(area(map, "SVN").label()).isEqualTo("Slovenia: 1 event");
        assertThat(area(map, "SVN").cssClass()).isNotEqualTo("map-b0");
        assertThat(area(map, "FRA")).satisfies(a -> {
            assertThat(a.cssClass()).isEqualTo("map-b0");
            assertThat(a.label()).isEqualTo("France: 0 events");
            assertThat(a.linked()).isTrue();
        });
        assertThat(map.viewBox()).startsWith("0.0 0.0 960.0");
    }

    @Test
    void landThatIsNoStateIsDrawnButNotLinkedAndComesAfterTheStates() {
        ChoroplethMap map = maps.world(Map.of(), "Events");

        assertThat(map.areas()).filteredOn(a -> a.code() == null).isNotEmpty()
                .allSatisfy(a -> assertThat(a.cssClass()).isEqualTo("map-land"))
                .noneMatch(ChoroplethMap.Area::linked);
        assertThat(map.areas().get(0).linked()).isTrue();
        assertThat(map.areas().get(map.areas().size() - 1).linked()).isFalse();
    }

    @Test
    void statesWithoutAShapeAreListedWithTheirCountsAndLinks() {
        ChoroplethMap map = maps.world(Map.of(MALTA, 2), "Events");

        assertThat(map.unmapped()).extracting(ChoroplethMap.Unmapped::code).contains("MLT", "VAT", "AND")
                .doesNotContain("SRB");
        assertThat(map.unmapped()).filteredOn(u -> u.code().equals("MLT")).singleElement().satisfies(u -> {
            assertThat(u.count()).isEqualTo(2);
            assertThat(u.href()).isEqualTo("/states/MLT");
            assertThat(u.cssClass()).isEqualTo("map-b4");
        });
    }

    @Test
    void aRegionsMapLinksOnlyItsStatesAndZoomsToThem() {
        ChoroplethMap map = maps.region(Map.of(SERBIA, 1), Set.of(SERBIA, SLOVENIA, MALTA), "Events",
                "in the last 5 years");

        assertThat(area(map, "SRB").label()).isEqualTo("Serbia: 1 event in the last 5 years");
        assertThat(area(map, "SVN").linked()).isTrue();
        assertThat(area(map, "FRA")).satisfies(a -> {
            assertThat(a.linked()).isFalse();
            assertThat(a.cssClass()).isEqualTo("map-out");
        });
        assertThat(map.unmapped()).extracting(ChoroplethMap.Unmapped::code).containsExactly("MLT");
        assertThat(map.legend()).last().isEqualTo(new ChoroplethMap.LegendEntry("map-out", "Outside the region"));
        double width = Double.parseDouble(map.viewBox().split(" ")[2]);
        assertThat(width).isLessThan(300);
    }

    @Test
    void aRegionWhoseStatesHaveNoShapeShowsTheWholeWorld() {
        ChoroplethMap map = maps.region(Map.of(), Set.of(MALTA, StateCode.of("VAT")), "Events", "");

        assertThat(map.viewBox()).startsWith("0.0 0.0 960.0");
        assertThat(map.areas()).noneMatch(ChoroplethMap.Area::linked);
    }

    private static ChoroplethMap.Area area(ChoroplethMap map, String code) {
        return map.areas().stream().filter(a -> code.equals(a.code())).findFirst().orElseThrow();
    }
}
