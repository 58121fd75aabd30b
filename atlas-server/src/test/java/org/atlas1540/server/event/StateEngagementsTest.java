package org.atlas1540.server.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.atlas1540.reference.StateCode;
import org.junit.jupiter.api.Test;

class StateEngagementsTest {
    private static final StateCode SRB = StateCode.of("SRB");
    private static final StateCode AUT = StateCode.of("AUT");

    private final StateEngagements engagements = StateEngagements.of(List.of(
            new StateEngagements.Row(SRB, LocalDate.of(2016, 5, 1)),
            new StateEngagements.Row(SRB, LocalDate.of(2012, 6, 12)),
            new StateEngagements.Row(SRB, LocalDate.of(2014, 1, 1)),
            new StateEngagements.Row(SRB, LocalDate.of(2014, 1, 1)),
            new StateEngagements.Row(SRB, null),
            new StateEngagements.Row(AUT, null)));

    @Test
    void everyEventCountsDatedOrNot() {
        assertThat(engagements.eventCounts()).containsOnlyKeys(SRB, AUT).containsEntry(SRB, 5).containsEntry(AUT, 1);
    }

    @Test
    void recentEventsStartOnOrAfterTheDayAndEventsOnThatDayCount() {
        assertThat(engagements.since(LocalDate.of(2014, 1, 1)).get(SRB)).isEqualTo(
                new StateEngagement(5, 3, LocalDate.of(2016, 5, 1)));
        assertThat(engagements.since(LocalDate.of(2014, 1, 2)).get(SRB).recent()).isEqualTo(1);
        assertThat(engagements.since(LocalDate.of(2000, 1, 1)).get(SRB).recent()).isEqualTo(4);
        assertThat(engagements.since(LocalDate.of(2020, 1, 1)).get(SRB).recent()).isZero();
    }

    @Test
    void aStateWithOnlyUndatedEventsHasNoLastDate() {
        assertThat(engagements.since(LocalDate.of(2014, 1, 1)).get(AUT)).isEqualTo(new StateEngagement(1, 0, null));
    }

    @Test
    void manyEventsOfOneStateAreAllKept() {
        var rows = new ArrayList<StateEngagements.Row>();
        for (int i = 0; i < 1000; i++) {
            rows.add(new StateEngagements.Row(SRB, LocalDate.of(2000, 1, 1).plusDays(i)));
        }
        StateEngagements many = StateEngagements.of(rows);

        assertThat(many.since(LocalDate.of(2000, 1, 1).plusDays(900)).get(SRB))
                .isEqualTo(new StateEngagement(1000, 100, LocalDate.of(2000, 1, 1).plusDays(999)));
    }
}
