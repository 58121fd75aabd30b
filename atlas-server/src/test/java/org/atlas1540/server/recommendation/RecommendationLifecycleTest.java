package org.atlas1540.server.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.atlas1540.server.web.RecordConflictException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every pair of statuses: the eight steps the lifecycle allows, and every other change refused. */
class RecommendationLifecycleTest {

    @ParameterizedTest(name = "{0} -> {1} is the step {2}")
    @CsvSource({
            "open, in-progress, WORK_STARTED",
            "in-progress, open, WORK_STOPPED",
            "open, done, DONE_AT_ONCE",
            "in-progress, done, FINISHED",
            "open, dropped, DROPPED_WHEN_OPEN",
            "in-progress, dropped, DROPPED_IN_PROGRESS",
            "done, open, REOPENED_WHEN_DONE",
            "dropped, open, REOPENED_WHEN_DROPPED"})
    void theseStepsAreAllowed(String from, String to, RecommendationLifecycle.Transition step) {
        assertThat(RecommendationLifecycle.check(status(from), status(to))).isEqualTo(step);
    }

    @ParameterizedTest(name = "{0} -> {1} is refused")
    @MethodSource("everyOtherPair")
    void everyOtherChangeIsRefused(RecommendationStatus from, RecommendationStatus to) {
        assertThatThrownBy(() -> RecommendationLifecycle.check(from, to))
                .isInstanceOf(RecordConflictException.class)
                .satisfies(e -> assertThat(((RecordConflictException) e).field()).isEqualTo("status"));
    }

    @Test
    void theRefusalSaysWhatTheStatusCanBecome() {
        assertThatThrownBy(() -> RecommendationLifecycle.check(RecommendationStatus.DONE, RecommendationStatus.DROPPED))
                .hasMessage("A recommendation that is done cannot become dropped. From done it can become open.");
        assertThatThrownBy(() -> RecommendationLifecycle.check(RecommendationStatus.OPEN, RecommendationStatus.OPEN))
                .hasMessage("The recommendation is open already. From open it can become in-progress, done or "
                        + "dropped.");
    }

    @Test
    void aRecommendationStartsOpenAndOnlyOpenAndInProgressCanBeOverdue() {
        assertThat(RecommendationLifecycle.START).isEqualTo(RecommendationStatus.OPEN);
        assertThat(List.of(RecommendationStatus.values())).filteredOn(RecommendationStatus::isPending)
                .containsExactly(RecommendationStatus.OPEN, RecommendationStatus.IN_PROGRESS);
    }

    static List<Arguments> everyOtherPair() {
        var pairs = new ArrayList<Arguments>();
        for (RecommendationStatus from : RecommendationStatus.values()) {
            for (RecommendationStatus to : RecommendationStatus.values()) {
                if (RecommendationLifecycle.step(from, to).isEmpty()) {
                    pairs.add(Arguments.of(from, to));
                }
            }
        }
        assertThat(pairs).hasSize(16 - RecommendationLifecycle.Transition.values().length);
        return pairs;
    }

    private static RecommendationStatus status(String id) {
        return RecommendationStatus.of(id).orElseThrow();
    }
}
