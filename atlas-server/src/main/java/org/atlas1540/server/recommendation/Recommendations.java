package org.atlas1540.server.recommendation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.atlas1540.server.audit.AuditLog;
import org.atlas1540.server.event.EventSources;
import org.atlas1540.server.event.FactReview;
import org.atlas1540.server.web.Clocks;
import org.atlas1540.server.web.ConcurrentEditException;
import org.atlas1540.server.web.InvalidInputException;
import org.atlas1540.server.web.ListPage;
import org.atlas1540.server.web.NotFoundException;
import org.atlas1540.server.web.PageRequest;
import org.atlas1540.server.web.RecordConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's API: recommendations and their follow-up. Every change is checked, written to the
 * audit log in the same transaction, and refused when someone else saved the same version of the
 * recommendation first.
 */
@Service
@Transactional(readOnly = true)
public class Recommendations {
    /** The audit log's name for these records. */
    public static final String RECORD_TYPE = "recommendation";
    static final int MAX_TEXT = 2000;
    static final int MAX_OWNER = 200;
    static final int MAX_FOLLOW_UP = 4000;
    private static final String SAVED_FIRST = "Someone else saved this recommendation after you opened it, so your "
            + "change was not saved. The current values are shown: make your change again.";

    private final RecommendationRepository recommendations;
    private final EventSources sources;
    private final AuditLog audit;
    private final Clock clock;
    private final FactReview review;

    Recommendations(RecommendationRepository recommendations, EventSources sources, AuditLog audit,
            Clock clock, FactReview review) {
        this.review = review;
        this.recommendations = recommendations;
        this.sources = sources;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records a recommendation of an event; it starts {@link RecommendationLifecycle#START open}.
     *
     * @throws InvalidInputException   when the event does not exist
     * @throws RecordConflictException when the event has this recommendation already
     */
    @Transactional
    public Recommendation create(RecommendationValues values) {
        if (sources.heading(values.eventSlug()).isEmpty()) {
            throw InvalidInputException.of("event", "There is no event '" + values.eventSlug() + "'.");
        }
        refuseDuplicate(values, null);
        RecommendationId id = recommendations.insert(values, RecommendationLifecycle.START, now());
        Recommendation created = recommendations.find(id).orElseThrow();
        audit.record(RECORD_TYPE, id.toString(), "create", null, created);
        if (values.factNumber() != null) {
            // taken from a recommendations fact the reader suggested: the fact is confirmed
            review.confirm(values.eventSlug(), values.factNumber(), "recommendation " + id);
        }
        return created;
    }

    /** Records several at once: all of them, or none when one is refused. */
    @Transactional
    public List<Recommendation> createAll(List<RecommendationValues> values) {
        return values.stream().map(this::create).toList();
    }

    /**
     * Changes the text, owner and due date (not the event, source or status).
     *
     * @throws ConcurrentEditException when someone else saved it since {@code expectedVersion}
     */
    @Transactional
    public Recommendation update(RecommendationId id, int expectedVersion, String text, String owner, LocalDate dueOn) {
        Recommendation before = get(id);
        RecommendationValues values = before.values().edited(text, owner, dueOn);
        refuseDuplicate(values, id);
        write(id, expectedVersion, values, before.status());
        Recommendation after = get(id);
        audit.record(RECORD_TYPE, id.toString(), "update", before, after);
        return after;
    }

    /**
     * Moves a recommendation one step of its {@link RecommendationLifecycle}.
     *
     * @throws RecordConflictException when the step is not allowed from where it is
     * @throws ConcurrentEditException when someone else saved it since {@code expectedVersion}
     */
    @Transactional
    public Recommendation changeStatus(RecommendationId id, int expectedVersion, RecommendationStatus to) {
        Recommendation before = get(id);
        if (before.version() != expectedVersion) {
            throw new ConcurrentEditException(SAVED_FIRST);
        }
        RecommendationLifecycle.Transition step = RecommendationLifecycle.check(before.status(), to);
        write(id, expectedVersion, before.values(), to);
        Recommendation after = get(id);
        audit.record(RECORD_TYPE, id.toString(), "status:" + step.name().toLowerCase(Locale.ROOT), before, after);
        return after;
    }

    /** Adds an entry to a recommendation's follow-up. */
    @Transactional
    public FollowUp addFollowUp(RecommendationId id, LocalDate writtenOn, String author, String text) {
        get(id);
        long entry = recommendations.insertFollowUp(id, writtenOn, author, text, now());
        FollowUp added = recommendations.followUps(id).stream().filter(f -> f.id() == entry).findFirst().orElseThrow();
        audit.record(RECORD_TYPE, id.toString(), "follow-up", null, added);
        return added;
    }

    public Optional<Recommendation> find(RecommendationId id) {
        return recommendations.find(id);
    }

    public List<Recommendation> ofEvent(String eventSlug) {
        return recommendations.ofEvent(eventSlug);
    }

    public List<FollowUp> followUps(RecommendationId id) {
        return recommendations.followUps(id);
    }

    /** @param overdueOnly only those still to be done and due before today */
    public ListPage<Recommendation> page(RecommendationStatus status, String eventSlug, boolean overdueOnly,
            PageRequest request) {
        return recommendations.page(status, eventSlug, overdueOnly ? today() : null, request);
    }

    /** The longest overdue first, at most {@code limit}. */
    public List<Recommendation> overdue(int limit) {
        return recommendations.overdue(today(), limit);
    }

    public long countOverdue() {
        return recommendations.countOverdue(today());
    }

    public List<Recommendation> all() {
        return recommendations.all();
    }

    Map<Long, RecommendationRepository.FollowUpSummary> followUpSummaries() {
        return recommendations.followUpSummaries();
    }

    /** Today where the server is: the day against which due dates are overdue. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private void refuseDuplicate(RecommendationValues values, RecommendationId except) {
        String text = normalised(values.text());
        boolean duplicate = recommendations.ofEvent(values.eventSlug()).stream()
                .anyMatch(r -> !r.id().equals(except) && normalised(r.text()).equals(text));
        if (duplicate) {
            throw new RecordConflictException("text", "This event already has this recommendation; edit that one "
                    + "instead.");
        }
    }

    private void write(RecommendationId id, int expectedVersion, RecommendationValues values,
            RecommendationStatus status) {
        if (!recommendations.update(id, expectedVersion, values, status, now())) {
            throw new ConcurrentEditException(SAVED_FIRST);
        }
    }

    private Recommendation get(RecommendationId id) {
        return recommendations.find(id).orElseThrow(() -> new NotFoundException("recommendation", id.toString()));
    }

    /** Compared without case and runs of white space. */
    static String normalised(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private OffsetDateTime now() {
        return Clocks.storedNow(clock);
    }
}
