package org.atlas1540.server.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BucketsTest {

    @ParameterizedTest(name = "highest count {0}: legend {1}")
    @CsvSource(delimiter = ';', value = {
        "0;    None",
        "1;    None|1",
        "2;    None|1|2",
        "3;    None|1|2|3",
        "5;    None|1|2|3|4–5",
        "16;   None|1|2–3|4–7|8–16",
        "100;  None|1–3|4–9|10–31|32–100",
        "3000; None|1–7|8–54|55–405|406–3000",
    })
    void theRangesGrowGeometricallyUpToTheHighestCount(int maximum, String legend) {
        assertThat(Buckets.forMaximum(maximum).legend()).extracting(ChoroplethMap.LegendEntry::label)
                .containsExactly(legend.split("\\|"));
    }

    @ParameterizedTest(name = "highest {0}, count {1}: {2}")
    @CsvSource({
        "0,   0,   map-b0",
        "1,   0,   map-b0",
        "1,   1,   map-b4",
        "2,   1,   map-b3",
        "2,   2,   map-b4",
        "100, 1,   map-b1",
        "100, 3,   map-b1",
        "100, 4,   map-b2",
        "100, 31,  map-b3",
        "100, 32,  map-b4",
        "100, 100, map-b4",
        "100, 500, map-b4",
    })
    void aCountTakesTheClassOfItsRangeAndFewRangesTakeTheDarkestClasses(int maximum, int count, String cssClass) {
        assertThat(Buckets.forMaximum(maximum).cssClass(count)).isEqualTo(cssClass);
    }

    @ParameterizedTest(name = "highest {0}")
    @CsvSource({"1", "2", "7", "40", "1000"})
    void theLegendsClassesAreTheClassesOfItsLowerBounds(int maximum) {
        Buckets buckets = Buckets.forMaximum(maximum);
        List<String> legendClasses = buckets.legend().stream().map(ChoroplethMap.LegendEntry::cssClass).toList();

        assertThat(legendClasses).doesNotHaveDuplicates().startsWith("map-b0").endsWith("map-b4");
        assertThat(buckets.cssClass(maximum)).isEqualTo("map-b4");
    }
}
