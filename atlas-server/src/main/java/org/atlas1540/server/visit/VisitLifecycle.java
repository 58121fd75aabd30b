package org.atlas1540.server.visit;

import static org.atlas1540.server.visit.VisitStatus.CONDUCTED;
import static org.atlas1540.server.visit.VisitStatus.DECLINED;
import static org.atlas1540.server.visit.VisitStatus.PROPOSED;
import static org.atlas1540.server.visit.VisitStatus.REQUESTED;
import static org.atlas1540.server.visit.VisitStatus.SCHEDULED;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.atlas1540.server.web.RecordConflictException;

/**
 * The lifecycle of a country visit: which status may follow which, each step a named rule. A visit
 * is proposed (by the experts, at an event), requested (the State invites it), scheduled (dates
 * agreed), then conducted; it can be declined at any step before it takes place, and a scheduled
 * visit can be postponed back to requested. Conducted and declined are final. A visit may be
 * recorded in any status (a visit learned of after it took place); after that, its status changes
 * only by these steps.
 */
public final class VisitLifecycle {

    /** The allowed steps. */
    public enum Transition {
        STATE_REQUESTS(PROPOSED, REQUESTED, "The State requested the visit"),
        DATES_AGREED(REQUESTED, SCHEDULED, "Dates were agreed"),
        POSTPONED(SCHEDULED, REQUESTED, "Postponed: the dates no longer hold"),
        TOOK_PLACE(SCHEDULED, CONDUCTED, "The visit took place"),
        DECLINED_WHEN_PROPOSED(PROPOSED, DECLINED, "Declined"),
        DECLINED_WHEN_REQUESTED(REQUESTED, DECLINED, "Declined"),
        CANCELLED_WHEN_SCHEDULED(SCHEDULED, DECLINED, "Declined after it was scheduled");

        private final VisitStatus from;
        private final VisitStatus to;
        private final String description;

        Transition(VisitStatus from, VisitStatus to, String description) {
            this.from = from;
            this.to = to;
            this.description = description;
        }

        public VisitStatus from() {
            return from;
        }

        public VisitStatus to() {
            return to;
        }

        public String description() {
            return description;
        }
    }

    private VisitLifecycle() {
    }

    /** The steps allowed from a status, in the order of the lifecycle. */
    public static List<Transition> from(VisitStatus status) {
        return Arrays.stream(Transition.values()).filter(t -> t.from == status).toList();
    }

    public static Optional<Transition> step(VisitStatus from, VisitStatus to) {
        return Arrays.stream(Transition.values()).filter(t -> t.from == from && t.to == to).findFirst();
    }

    /**
     * The step from {@code from} to {@code to}.
     *
     * @throws RecordConflictException (field {@code status}) naming what is allowed instead
     */
    static Transition check(VisitStatus from, VisitStatus to) {
        return step(from, to).orElseThrow(() -> new RecordConflictException("status", refusal(from, to)));
    }

    private static String refusal(VisitStatus from, VisitStatus to) {
        List<VisitStatus> next = from(from).stream().map(Transition::to).toList();
        String start = from == to ? "The visit is " + from.id() + " already."
                : "A " + from.id() + " visit cannot become " + to.id() + ".";
        return next.isEmpty() ? start + " A " + from.id() + " visit is final: its status does not change."
                : start + " From " + from.id() + " it can become " + VisitStatus.words(next) + ".";
    }
}
