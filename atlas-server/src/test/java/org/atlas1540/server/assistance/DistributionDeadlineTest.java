package org.atlas1540.server.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The published rule: an acknowledged request goes to potential providers within one week. */
class DistributionDeadlineTest {
    private static final LocalDate ACKNOWLEDGED_ON = LocalDate.of(2024, 3, 1);

    @ParameterizedTest(name = "{0} on {1}: overdue {2}")
    @CsvSource({
            "ACKNOWLEDGED, 2024-03-01, false",
            "ACKNOWLEDGED, 2024-03-07, false",
            "ACKNOWLEDGED, 2024-03-08, false",
            "ACKNOWLEDGED, 2024-03-09, true",
            "ACKNOWLEDGED, 2025-01-01, true",
            "DISTRIBUTED, 2024-03-09, false",
            "WITHDRAWN, 2024-03-09, false",
            "MATCHED, 2025-01-01, false"})
    void anAcknowledgedRequestIsOverdueFromTheEighthDayUntilItIsDistributed(RequestStatus status, LocalDate today,
            boolean overdue) {
        assertThat(DistributionDeadline.isOverdue(status, ACKNOWLEDGED_ON, today)).isEqualTo(overdue);
    }

    @org.junit.jupiter.api.Test
    void itIsDueSevenDaysAfterTheDayOfAcknowledgement() {
        assertThat(DistributionDeadline.dueOn(ACKNOWLEDGED_ON)).isEqualTo(LocalDate.of(2024, 3, 8));
        assertThat(DistributionDeadline.isOverdue(RequestStatus.RECEIVED, null, LocalDate.of(2030, 1, 1))).isFalse();
    }
}
