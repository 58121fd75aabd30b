package org.atlas1540.server.event;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.atlas1540.reference.OrganisationId;
import org.atlas1540.reference.StateCode;
import org.atlas1540.server.web.ListPage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The module's API for the pages of States and organisations: which events each took part in. */
@Service
@Transactional(readOnly = true)
public class EventTimeline {
    private static final String EVENT_COLUMNS = "e.slug, e.title, e.kind, e.start_date, e.end_date, e.venue_text";

    /** Events per page on the State and organisation pages: the whole record is in the events list. */
    public static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;
    private final EventAggregates aggregates;

    EventTimeline(JdbcClient jdbc, EventAggregates aggregates) {
        this.jdbc = jdbc;
        this.aggregates = aggregates;
    }

    /** The events a State organised, attended, hosted, or attended through a national body; newest first. */
    public List<EventInvolvement> of(StateCode state) {
        return collect(jdbc.sql("SELECT " + EVENT_COLUMNS + ", p.role AS involvement FROM events e "
                        + "JOIN event_parties p ON p.event_id = e.id WHERE p.state_code = :code "
                        + "UNION ALL SELECT " + EVENT_COLUMNS + ", 'national-body' AS involvement FROM events e "
                        + "JOIN event_parties p ON p.event_id = e.id WHERE p.national_state_code = :code "
                        + "UNION ALL SELECT " + EVENT_COLUMNS + ", 'host' AS involvement FROM events e "
                        + "WHERE e.venue_country = :code")
                .param("code", state.value())
                .query(Row::of)
                .list());
    }

    /** One page of the events a State took part in (as {@link #of(StateCode)}), newest first. */
    public ListPage<EventInvolvement> pageOf(StateCode state, String page) {
        return pageOf(state, page, PAGE_SIZE);
    }

    ListPage<EventInvolvement> pageOf(StateCode state, String page, int size) {
        String eventIds = "SELECT event_id FROM event_parties WHERE state_code = :code "
                + "UNION SELECT event_id FROM event_parties WHERE national_state_code = :code "
                + "UNION SELECT id FROM events WHERE venue_country = :code";
        return page(eventIds, Map.of("code", state.value()), page, size, ids -> collect(jdbc.sql("SELECT " + EVENT_COLUMNS
                        + ", p.role AS involvement FROM events e JOIN event_parties p ON p.event_id = e.id "
                        + "WHERE p.state_code = :code AND e.id IN (:ids) "
                        + "UNION ALL SELECT " + EVENT_COLUMNS + ", 'national-body' AS involvement FROM events e "
                        + "JOIN event_parties p ON p.event_id = e.id WHERE p.national_state_code = :code AND e.id IN (:ids) "
                        + "UNION ALL SELECT " + EVENT_COLUMNS + ", 'host' AS involvement FROM events e "
                        + "WHERE e.venue_country = :code AND e.id IN (:ids)")
                .param("code", state.value()).param("ids", ids).query(Row::of).list()));
    }

    /** One page of the events an organisation organised or attended, newest first. */
    public ListPage<EventInvolvement> pageOf(OrganisationId organisation, String page) {
        return pageOf(organisation, page, PAGE_SIZE);
    }

    ListPage<EventInvolvement> pageOf(OrganisationId organisation, String page, int size) {
        String eventIds = "SELECT DISTINCT event_id FROM event_parties WHERE organisation_id = :id";
        return page(eventIds, Map.of("id", organisation.value()), page, size, ids -> collect(jdbc.sql("SELECT " + EVENT_COLUMNS
                        + ", p.role AS involvement FROM events e JOIN event_parties p ON p.event_id = e.id "
                        + "WHERE p.organisation_id = :id AND e.id IN (:ids)")
                .param("id", organisation.value()).param("ids", ids).query(Row::of).list()));
    }

    /**
     * Counts the events the id query names, picks the page's events in date order in SQL, and reads
     * only their rows: the cost of a page does not grow with a State's whole record.
     */
    private ListPage<EventInvolvement> page(String idQuery, Map<String, ?> params, String page, int size,
            Function<List<Long>, List<EventInvolvement>> rowsOf) {
        int number = requested(page, 1_000_000L * size, size);
        List<IdAndTotal> found = idsOfPage(idQuery, params, number, size);
        if (found.isEmpty() && number > 1) {
            // past the last page: show the last one
            long total = jdbc.sql("SELECT COUNT(*) FROM (" + idQuery + ") x").params(params).query(Long.class).single();
            number = requested(page, total, size);
            found = idsOfPage(idQuery, params, number, size);
        }
        long total = found.isEmpty() ? 0 : found.get(0).total();
        List<Long> ids = found.stream().map(IdAndTotal::id).toList();
        List<EventInvolvement> events = ids.isEmpty() ? List.of() : rowsOf.apply(ids);
        return new ListPage<>(events, number, size, total);
    }

    /**
     * The ids of one page of events in date order, each with the count over all pages (a window
     * count: one pass instead of a second query). A join with the ids, not "e.id IN (ids)": H2 runs
     * an IN over a UNION once per event.
     */
    private List<IdAndTotal> idsOfPage(String idQuery, Map<String, ?> params, int number, int size) {
        return jdbc.sql("SELECT e.id, COUNT(*) OVER () AS total FROM (" + idQuery + ") x "
                        + "JOIN events e ON e.id = x.event_id "
                        + "ORDER BY e.start_date DESC NULLS LAST, e.slug OFFSET :offset ROWS FETCH FIRST :size ROWS ONLY")
                .params(params).param("offset", (long) (number - 1) * size).param("size", size)
                .query((rs, n) -> new IdAndTotal(rs.getLong("id"), rs.getLong("total")))
                .list();
    }

    private record IdAndTotal(long id, long total) {
    }

    /** The page asked for: a whole number from 1, anything else the first page; past the last page, the last. */
    static int requested(String page, long total, int size) {
        int last = (int) Math.max(1, (total + size - 1) / size);
        if (page == null || !page.strip().matches("\\d{1,7}")) {
            return 1;
        }
        return Math.min(Math.max(1, Integer.parseInt(page.strip())), last);
    }

    /** The events an organisation organised or attended; newest first. */
    public List<EventInvolvement> of(OrganisationId organisation) {
        return collect(jdbc.sql("SELECT " + EVENT_COLUMNS + ", p.role AS involvement FROM events e "
                        + "JOIN event_parties p ON p.event_id = e.id WHERE p.organisation_id = :id")
                .param("id", organisation.value())
                .query(Row::of)
                .list());
    }

    /** For each State named by any event (as party or host), how many events. */
    public Map<StateCode, Integer> eventCountsByState() {
        return aggregates.stateEngagements().eventCounts();
    }

    /**
     * For each State named by any event (as party or host): how many events, how many of them
     * started on or after {@code since}, and the latest start date.
     */
    public Map<StateCode, StateEngagement> engagementByState(LocalDate since) {
        return aggregates.stateEngagements().since(since);
    }

    /** For each organisation named by any event, how many events. */
    public Map<OrganisationId, Integer> eventCountsByOrganisation() {
        return aggregates.organisationEventCounts();
    }

    private static List<EventInvolvement> collect(List<Row> rows) {
        Map<String, List<Row>> bySlug = new LinkedHashMap<>();
        rows.forEach(r -> bySlug.computeIfAbsent(r.slug, s -> new ArrayList<>()).add(r));
        return bySlug.values().stream()
                .map(group -> {
                    Row first = group.get(0);
                    Set<Involvement> roles = EnumSet.noneOf(Involvement.class);
                    group.forEach(r -> roles.add(Involvement.fromColumn(r.involvement)));
                    return new EventInvolvement(first.slug, first.title, first.kind, first.start, first.end,
                            first.venue, roles);
                })
                .sorted(Comparator.comparing(EventInvolvement::startDate, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(EventInvolvement::slug))
                .toList();
    }

    private record Row(String slug, String title, String kind, LocalDate start, LocalDate end, String venue,
            String involvement) {
        static Row of(ResultSet rs, int n) throws SQLException {
            return new Row(rs.getString("slug"), rs.getString("title"), rs.getString("kind"),
                    rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                    rs.getString("venue_text"), rs.getString("involvement"));
        }
    }
}
