package org.atlas1540.server.visit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.atlas1540.reference.StateCode;
import org.atlas1540.server.audit.AuditLog;
import org.atlas1540.server.event.EventSources;
import org.atlas1540.server.event.FactReview;
import org.atlas1540.server.web.Clocks;
import org.atlas1540.server.web.ConcurrentEditException;
import org.atlas1540.server.web.DateText;
import org.atlas1540.server.web.FieldProblems;
import org.atlas1540.server.web.ListPage;
import org.atlas1540.server.web.NotFoundException;
import org.atlas1540.server.web.PageRequest;
import org.atlas1540.server.web.RecordConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's API: country visits. Every change is checked (source, duplicates, the lifecycle),
 * written to the audit log in the same transaction, and refused when someone else saved the same
 * version of the row first.
 */
@Service
@Transactional(readOnly = true)
public class CountryVisits {
    /** The audit log's name for these records. */
    public static final String RECORD_TYPE = "country-visit";
    static final String FACT_TYPE = "country-visit";
    private static final String SAVED_FIRST = "Someone else saved this visit after you opened it, so your change was "
            + "not saved. The current values are shown: make your change again.";

    private final CountryVisitRepository visits;
    private final EventSources sources;
    private final AuditLog audit;
    private final Clock clock;
    private final FactReview review;

    CountryVisits(CountryVisitRepository visits, EventSources sources, AuditLog audit, Clock clock,
            FactReview review) {
        this.review = review;
        this.visits = visits;
        this.sources = sources;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records a visit, in any status. The review queue calls this with {@code RecordSource.ofFact(slug, n)}.
     *
     * @throws org.atlas1540.server.web.InvalidInputException when the source does not exist or does not fit
     * @throws RecordConflictException                        for a second visit to the State starting the
     *                                                        same day, or a fact taken for another visit
     */
    @Transactional
    public CountryVisit create(CountryVisitValues values) {
        check(values, null);
        CountryVisitId id;
        try {
            id = visits.insert(values, now());
        } catch (DuplicateKeyException e) {
            throw duplicate(values);
        }
        CountryVisit created = visits.find(id).orElseThrow();
        audit.record(RECORD_TYPE, id.toString(), "create", null, created);
        if (values.source().factNumber() != null) {
            // a visit made from a fact the reader suggested confirms the fact (it leaves the review queue)
            review.confirm(values.source().eventSlug(), values.source().factNumber(), "country visit " + id);
        }
        return created;
    }

    /**
     * Replaces a visit's values, except its status (which changes by {@link #changeStatus}).
     *
     * @throws ConcurrentEditException when someone else saved it since {@code expectedVersion}
     */
    @Transactional
    public CountryVisit update(CountryVisitId id, int expectedVersion, CountryVisitValues values) {
        CountryVisit before = get(id);
        CountryVisitValues kept = new CountryVisitValues(values.state(), before.status(), values.year(),
                values.startDate(), values.endDate(), values.source(), values.outcomeNotes());
        check(kept, id);
        write(id, expectedVersion, kept);
        CountryVisit after = get(id);
        audit.record(RECORD_TYPE, id.toString(), "update", before, after);
        return after;
    }

    /**
     * Moves a visit one step of its {@link VisitLifecycle}.
     *
     * @throws RecordConflictException when the lifecycle does not allow the step from where it is, or
     *                                 the step needs dates the visit does not have
     * @throws ConcurrentEditException when someone else saved it since {@code expectedVersion}
     */
    @Transactional
    public CountryVisit changeStatus(CountryVisitId id, int expectedVersion, VisitStatus to) {
        CountryVisit before = get(id);
        if (before.version() != expectedVersion) {
            throw new ConcurrentEditException(SAVED_FIRST);
        }
        VisitLifecycle.Transition step = VisitLifecycle.check(before.status(), to);
        if (step.to() == VisitStatus.SCHEDULED && before.startDate() == null) {
            throw new RecordConflictException("status", "A visit is scheduled when its dates are agreed: give its "
                    + "start date first (edit the visit), then mark it scheduled.");
        }
        var v = before.values();
        write(id, expectedVersion, new CountryVisitValues(v.state(), to, v.year(), v.startDate(), v.endDate(),
                v.source(), v.outcomeNotes()));
        CountryVisit after = get(id);
        audit.record(RECORD_TYPE, id.toString(), "status:" + step.name().toLowerCase(java.util.Locale.ROOT), before,
                after);
        return after;
    }

    public Optional<CountryVisit> find(CountryVisitId id) {
        return visits.find(id);
    }

    /** The visits to a State, newest first. */
    public List<CountryVisit> of(StateCode state) {
        return visits.ofState(state);
    }

    public ListPage<CountryVisit> page(StateCode state, VisitStatus status, PageRequest request) {
        return visits.page(state, status, request);
    }

    public List<CountryVisit> all() {
        return visits.all();
    }

    private void check(CountryVisitValues values, CountryVisitId except) {
        var problems = new FieldProblems();
        sources.problemWith(values.source(), FACT_TYPE, values.state().value())
                .ifPresent(p -> problems.add(p.aboutFact() ? "sourceFact" : "sourceEvent", p.message()));
        problems.throwIfAny();
        if (values.startDate() != null && visits.findStarting(values.state(), values.startDate(), except).isPresent()) {
            throw duplicate(values);
        }
        var source = values.source();
        if (source.factNumber() != null
                && visits.findByFact(source.eventSlug(), source.factNumber(), except).isPresent()) {
            throw new RecordConflictException("sourceFact", "Fact " + source.factNumber() + " of this event is "
                    + "already the source of another visit.");
        }
    }

    private void write(CountryVisitId id, int expectedVersion, CountryVisitValues values) {
        boolean written;
        try {
            written = visits.update(id, expectedVersion, values, now());
        } catch (DuplicateKeyException e) {
            throw duplicate(values);
        }
        if (!written) {
            throw new ConcurrentEditException(SAVED_FIRST);
        }
    }

    private CountryVisit get(CountryVisitId id) {
        return visits.find(id).orElseThrow(() -> new NotFoundException("country visit", id.toString()));
    }

    private static RecordConflictException duplicate(CountryVisitValues values) {
        return new RecordConflictException("startDate", values.state().value() + " already has a visit starting "
                + DateText.of(values.startDate()) + "; edit that one instead.");
    }

    private OffsetDateTime now() {
        return Clocks.storedNow(clock);
    }
}
