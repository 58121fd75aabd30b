package org.atlas1540.server.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MapBoxTest {
    private static final MapBox WORLD = new MapBox(0, 0, 960, 422);

    @Test
    void aBoxIsParsedFromFourNumbersAndWrittenAsAViewBox() {
        assertThat(MapBox.parse("469.6 62.5 498.3 88.6").viewBox()).isEqualTo("469.6 62.5 28.7 26.1");
    }

    @Test
    void aBoxThatEndsBeforeItStartsOrIsNotFourNumbersIsRefused() {
        assertThatThrownBy(() -> new MapBox(10, 0, 5, 1)).hasMessageContaining("cannot end before it starts");
        assertThatThrownBy(() -> MapBox.parse("1 2 3")).hasMessageContaining("four numbers");
    }

    @Test
    void aroundIsTheSmallestBoxHoldingAll() {
        MapBox box = MapBox.around(List.of(new MapBox(10, 20, 30, 40), new MapBox(5, 25, 15, 50)));

        assertThat(box).isEqualTo(new MapBox(5, 20, 30, 50));
    }

    @Test
    void aFramedBoxHasAMarginAMinimumWidthAndStaysInsideTheWorld() {
        MapBox small = new MapBox(470, 60, 500, 90).framedIn(WORLD);

        assertThat(small.width()).isGreaterThanOrEqualTo(MapBox.MIN_WIDTH);
        assertThat(small.x0()).isLessThan(470);
        assertThat(small.x1()).isGreaterThan(500);
        assertThat(small.y0()).isGreaterThanOrEqualTo(0);

        MapBox atTheEdge = new MapBox(940, 400, 960, 422).framedIn(WORLD);
        assertThat(atTheEdge.x1()).isLessThanOrEqualTo(960);
        assertThat(atTheEdge.y1()).isLessThanOrEqualTo(422);
    }

    @Test
    void aFramedBoxIsNeitherTooTallNorTooWide() {
        MapBox tall = new MapBox(200, 50, 300, 400).framedIn(WORLD);
        MapBox wide = new MapBox(100, 100, 900, 120).framedIn(WORLD);

        assertThat(tall.width() / tall.height()).isGreaterThanOrEqualTo(MapBox.TALLEST - 1e-9);
        assertThat(wide.width() / wide.height()).isLessThanOrEqualTo(MapBox.WIDEST + 1e-9);
    }
}
