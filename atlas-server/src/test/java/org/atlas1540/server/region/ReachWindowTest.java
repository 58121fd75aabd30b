package org.atlas1540.server.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReachWindowTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void noValueMeansTheLastFiveYears() {
        assertThat(ReachWindow.parse(null, TODAY)).isEqualTo(new ReachWindow(5, LocalDate.of(2021, 11, 23)));
        assertThat(ReachWindow.parse("  ", TODAY).years()).isEqualTo(5);
    }

    @Test
    void aNumberOfYearsCountsBackFromToday() {
        assertThat(ReachWindow.parse("1", TODAY).since()).isEqualTo(LocalDate.of(2025, 11, 23));
        assertThat(ReachWindow.parse(" 100 ", TODAY).since()).isEqualTo(LocalDate.of(1926, 11, 23));
        assertThat(ReachWindow.parse("1", TODAY).phrase()).isEqualTo("in the last year");
        assertThat(ReachWindow.parse("7", TODAY).phrase()).isEqualTo("in the last 7 years");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "abc", "-1", "1e3", "5 years"})
    void anythingButAWholeNumberFromOneToAHundredIsRefusedNamingTheValue(String value) {
        assertThatThrownBy(() -> ReachWindow.parse(value, TODAY))
                .hasMessage("'" + value + "' is not a number of years: give a whole number from 1 to 100.");
    }
}
