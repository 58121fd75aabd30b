package org.atlas1540.server.recommendation;

import static org.atlas1540.server.recommendation.RecommendationStatus.DONE;
import static org.atlas1540.server.recommendation.RecommendationStatus.DROPPED;
import static org.atlas1540.server.recommendation.RecommendationStatus.IN_PROGRESS;
import static org.atlas1540.server.recommendation.RecommendationStatus.OPEN;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.atlas1540.server.web.RecordConflictException;

/**
 * The lifecycle of a recommendation's follow-up, each step a named rule. A recommendation starts
 * open; work on it starts (in progress) or it is done or dropped at once; work can stop (back to
 * open). Done and dropped are closed: the only step from them is to reopen it. Every other change
 * is refused.
 */
public final class RecommendationLifecycle {

    /** The allowed steps. */
    public enum Transition {
        WORK_STARTED(OPEN, IN_PROGRESS, "Work on it started"),
        WORK_STOPPED(IN_PROGRESS, OPEN, "Work on it stopped"),
        DONE_AT_ONCE(OPEN, DONE, "Done"),
        FINISHED(IN_PROGRESS, RecommendationStatus.DONE, "Done"),
        DROPPED_WHEN_OPEN(OPEN, DROPPED, "Dropped: it will not be followed up"),
        DROPPED_IN_PROGRESS(IN_PROGRESS, DROPPED, "Dropped: it will not be followed up"),
        REOPENED_WHEN_DONE(RecommendationStatus.DONE, OPEN, "Reopened: more is needed"),
        REOPENED_WHEN_DROPPED(DROPPED, OPEN, "Reopened: it will be followed up after all");

        private final RecommendationStatus from;
        private final RecommendationStatus to;
        private final String description;

        Transition(RecommendationStatus from, RecommendationStatus to, String description) {
            this.from = from;
            this.to = to;
            this.description = description;
        }

        public RecommendationStatus from() {
            return from;
        }

        public RecommendationStatus to() {
            return to;
        }

        public String description() {
            return description;
        }
    }

    /** The status a new recommendation has. */
    public static final RecommendationStatus START = OPEN;

    private RecommendationLifecycle() {
    }

    public static List<Transition> from(RecommendationStatus status) {
        return Arrays.stream(Transition.values()).filter(t -> t.from == status).toList();
    }

    public static Optional<Transition> step(RecommendationStatus from, RecommendationStatus to) {
        return Arrays.stream(Transition.values()).filter(t -> t.from == from && t.to == to).findFirst();
    }

    /**
     * The step from {@code from} to {@code to}.
     *
     * @throws RecordConflictException (field {@code status}) naming what is allowed instead
     */
    static Transition check(RecommendationStatus from, RecommendationStatus to) {
        return step(from, to).orElseThrow(() -> new RecordConflictException("status", refusal(from, to)));
    }

    private static String refusal(RecommendationStatus from, RecommendationStatus to) {
        List<RecommendationStatus> next = from(from).stream().map(Transition::to).toList();
        String start = from == to ? "The recommendation is " + from.id() + " already."
                : "A recommendation that is " + from.id() + " cannot become " + to.id() + ".";
        return start + " From " + from.id() + " it can become " + RecommendationStatus.words(next) + ".";
    }
}
