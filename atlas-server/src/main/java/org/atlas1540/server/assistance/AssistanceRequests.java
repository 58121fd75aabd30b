package org.atlas1540.server.assistance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.atlas1540.server.audit.AuditLog;
import org.atlas1540.server.event.FactReview;
import org.atlas1540.server.web.Clocks;
import org.atlas1540.server.web.ConcurrentEditException;
import org.atlas1540.server.web.FieldProblems;
import org.atlas1540.server.web.InvalidInputException;
import org.atlas1540.server.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's API: create a request (from a form, or from a source the review queue confirms),
 * edit it, move it through its lifecycle, and read what an {@link Audience} may see. Every change
 * records who made it and when, and is refused whole when anything in it is wrong.
 */
@Service
@Transactional
public class AssistanceRequests {
    /** How the audit log names requests. */
    public static final String RECORD_TYPE = "assistance-request";

    private final RequestRepository requests;
    private final RequestFormReader reader;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;
    private final FactReview review;

    AssistanceRequests(RequestRepository requests, RequestFormReader reader, ApplicationEventPublisher events,
            AuditLog audit, Clock clock, FactReview review) {
        this.review = review;
        this.requests = requests;
        this.reader = reader;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Today, by the application's clock (UTC). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Stores a new request in status received, with its first transition.
     *
     * @throws InvalidInputException when the State already has a request in the area received that
     *                               day, or the source fact is already another request's source
     */
    public AssistanceRequestId create(NewRequest request, String actor) {
        refuseDuplicates(request, null);
        OffsetDateTime now = now();
        AssistanceRequestId id = requests.insert(request, now);
        requests.addTransition(id, null, RequestLifecycle.initial(), actor, now);
        audit.record(RECORD_TYPE, id.toString(), "create", null, get(id));
        if (request.source().isFact()) {
            // a request made from a need the reader suggested confirms the fact (it leaves the review queue)
            review.confirm(request.source().eventSlug(), request.source().factNumber(), "assistance request " + id);
        }
        return id;
    }

    /** Reads a form and stores it; {@link InvalidInputException} names each problem, and nothing is stored. */
    AssistanceRequestId create(RequestForm form, String actor) {
        return create(read(form), actor);
    }

    /**
     * Changes what a request says (not its status).
     *
     * @throws ConcurrentEditException when it was saved by someone else since {@code form.version()}
     */
    AssistanceRequest update(AssistanceRequestId id, RequestForm form, String actor) {
        AssistanceRequest before = get(id);
        var problems = new FieldProblems();
        Integer version = problems.parse("version", form.version(), FormValues::version);
        NewRequest request = reader.read(form, today(), problems);
        problems.throwIfAny();
        refuseDuplicates(request, id);
        if (!requests.update(id, version, request, now())) {
            throw concurrentEdit(before);
        }
        AssistanceRequest after = get(id);
        audit.record(RECORD_TYPE, id.toString(), "update", before, after);
        return after;
    }

    /**
     * Moves a request to another status, if {@link RequestLifecycle} allows it; becoming acknowledged
     * starts the seven days to distribute it.
     *
     * @param version the version the caller saw
     * @throws TransitionRefusedException when the lifecycle does not allow the move
     * @throws ConcurrentEditException    when it was changed by someone else since {@code version}
     */
    public AssistanceRequest transition(AssistanceRequestId id, RequestStatus to, int version, String actor) {
        AssistanceRequest before = get(id);
        if (before.version() != version) {
            throw concurrentEdit(before);
        }
        RequestLifecycle.check(before.status(), to);
        OffsetDateTime now = now();
        LocalDate acknowledgedOn = to == RequestStatus.ACKNOWLEDGED ? now.toLocalDate() : null;
        if (!requests.changeStatus(id, version, before.status(), to, acknowledgedOn, now)) {
            throw concurrentEdit(before);
        }
        requests.addTransition(id, before.status(), to, actor, now);
        events.publishEvent(new RequestStatusChanged(id, before.status(), to, now));
        AssistanceRequest after = get(id);
        audit.record(RECORD_TYPE, id.toString(), "status " + before.status().slug() + " to " + to.slug(), before, after);
        return after;
    }

    /**
     * A change of status asked for by hand (the status buttons, the API's transitions): as {@link
     * #transition}, except that a request becomes matched only when an offer is accepted for it.
     */
    AssistanceRequest changeStatus(AssistanceRequestId id, RequestStatus to, int version, String actor) {
        if (to == RequestStatus.MATCHED) {
            throw new TransitionRefusedException("A request becomes matched when an offer is accepted for it, "
                    + "on its matches page.");
        }
        return transition(id, to, version, actor);
    }

    /** The statuses the status buttons offer: what the lifecycle allows, but matched (accepting an offer does it). */
    static List<RequestStatus> byHandFrom(RequestStatus from) {
        return RequestLifecycle.nextFrom(from).stream().filter(s -> s != RequestStatus.MATCHED).toList();
    }

    @Transactional(readOnly = true)
    public Optional<AssistanceRequest> find(AssistanceRequestId id, Audience audience) {
        return requests.find(id, audience);
    }

    @Transactional(readOnly = true)
    public List<RequestTransition> transitions(AssistanceRequestId id) {
        return requests.transitions(id);
    }

    @Transactional(readOnly = true)
    public List<AssistanceRequest> list(RequestFilter filter, Audience audience, long offset, int limit) {
        return requests.list(filter, audience, offset, limit);
    }

    @Transactional(readOnly = true)
    public long count(RequestFilter filter, Audience audience) {
        return requests.count(filter, audience);
    }

    /** Every request the audience may see that the filter selects (exports, State and region pages). */
    @Transactional(readOnly = true)
    public List<AssistanceRequest> all(RequestFilter filter, Audience audience) {
        return requests.list(filter, audience, 0, Integer.MAX_VALUE);
    }

    /**
     * The open requests of a State that the current viewer may see, for the State's page (its
     * template asks, so that the state module need not know this one).
     */
    @Transactional(readOnly = true)
    public List<AssistanceRequest> openOfState(String code) {
        return requests.list(RequestFilter.openOf(org.atlas1540.reference.StateCode.of(code)), Audience.current(), 0,
                Integer.MAX_VALUE);
    }

    /** The open requests of these States (a region's) that the current viewer may see, for the region's page. */
    @Transactional(readOnly = true)
    public List<AssistanceRequest> openInRegion(Collection<org.atlas1540.reference.StateCode> states) {
        return requests.list(RequestFilter.openIn(Set.copyOf(states)), Audience.current(), 0, Integer.MAX_VALUE);
    }

    /** Whether the current viewer sees restricted requests (signed-in staff): pages say what their figures cover. */
    public boolean viewerIsStaff() {
        return Audience.current().seesRestricted();
    }

    /** Of these requests, the ids the audience may see. */
    @Transactional(readOnly = true)
    public Set<AssistanceRequestId> visible(Collection<AssistanceRequestId> ids, Audience audience) {
        return ids.stream().filter(id -> requests.find(id, audience).isPresent()).collect(Collectors.toSet());
    }

    /** How many requests the audience may see were received each year. */
    @Transactional(readOnly = true)
    public Map<Integer, Long> receivedByYear(Audience audience) {
        return requests.receivedByYear(audience);
    }

    NewRequest read(RequestForm form) {
        var problems = new FieldProblems();
        NewRequest request = reader.read(form, today(), problems);
        problems.throwIfAny();
        return request;
    }

    private void refuseDuplicates(NewRequest request, AssistanceRequestId except) {
        var problems = new FieldProblems();
        if (requests.sameRequestExists(request, except)) {
            problems.add("area", "This State already has a request in this area received on " + request.receivedOn()
                    + ".");
        }
        requests.fromSameFact(request.source(), except).ifPresent(other -> problems.add("sourceFact",
                "This fact is already the source of request " + other + "."));
        problems.throwIfAny();
    }

    private AssistanceRequest get(AssistanceRequestId id) {
        return requests.find(id, Audience.STAFF).orElseThrow(() -> new NotFoundException("assistance request",
                id.toString()));
    }

    private static ConcurrentEditException concurrentEdit(AssistanceRequest before) {
        return new ConcurrentEditException("This request was changed by someone else after you opened it. "
                + "Its current values are shown; make your change again if it is still needed.");
    }

    private OffsetDateTime now() {
        return Clocks.storedNow(clock);
    }
}
