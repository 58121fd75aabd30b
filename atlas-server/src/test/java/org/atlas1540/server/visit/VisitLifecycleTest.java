package org.atlas1540.server.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.atlas1540.server.web.RecordConflictException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every pair of statuses: the seven steps the lifecycle allows, and every other change refused. */
class VisitLifecycleTest {

    @ParameterizedTest(name = "{0} -> {1} is the step {2}")
    @CsvSource({
            "proposed, requested, STATE_REQUESTS",
            "requested, scheduled, DATES_AGREED",
            "scheduled, requested, POSTPONED",
            "scheduled, conducted, TOOK_PLACE",
            "proposed, declined, DECLINED_WHEN_PROPOSED",
            "requested, declined, DECLINED_WHEN_REQUESTED",
            "scheduled, declined, CANCELLED_WHEN_SCHEDULED"})
    void theseStepsAreAllowed(String from, String to, VisitLifecycle.Transition step) {
        assertThat(VisitLifecycle.check(status(from), status(to))).isEqualTo(step);
    }

    @ParameterizedTest(name = "{0} -> {1} is refused")
    @MethodSource("everyOtherPair")
    void everyOtherChangeIsRefusedNamingWhatIsAllowed(VisitStatus from, VisitStatus to) {
        assertThatThrownBy(() -> VisitLifecycle.check(from, to))
                .isInstanceOf(RecordConflictException.class)
                .hasMessageContaining(from.id())
                .satisfies(e -> assertThat(((RecordConflictException) e).field()).isEqualTo("status"));
    }

    @ParameterizedTest(name = "from {0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "proposed; A proposed visit cannot become conducted. From proposed it can become requested or declined.",
            "conducted; A conducted visit cannot become proposed. A conducted visit is final: its status does not change.",
            "declined; A declined visit cannot become proposed. A declined visit is final: its status does not change."})
    void theRefusalSaysWhatTheStatusCanBecome(String from, String message) {
        VisitStatus to = status(from) == VisitStatus.PROPOSED ? VisitStatus.CONDUCTED : VisitStatus.PROPOSED;
        assertThatThrownBy(() -> VisitLifecycle.check(status(from), to)).hasMessage(message);
    }

    static List<Arguments> everyOtherPair() {
        var pairs = new ArrayList<Arguments>();
        for (VisitStatus from : VisitStatus.values()) {
            for (VisitStatus to : VisitStatus.values()) {
                if (VisitLifecycle.step(from, to).isEmpty()) {
                    pairs.add(Arguments.of(from, to));
                }
            }
        }
        assertThat(pairs).hasSize(25 - VisitLifecycle.Transition.values().length);
        return pairs;
    }

    private static VisitStatus status(String id) {
        return VisitStatus.of(id).orElseThrow();
    }
}
