package org.atlas1540.server.event;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.atlas1540.notes.ResolutionCitation;
import org.atlas1540.notes.Topic;
import org.atlas1540.server.web.ListPage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The SQL behind the event pages. */
@Repository
class EventRepository {
    /** The columns of an {@link EventListItem}; {@code e} is the events table. */
    private static final String LIST_COLUMNS = """
            e.slug, e.title, e.kind, e.start_date, e.end_date, e.venue_text,
            (SELECT COUNT(DISTINCT p.state_code) FROM event_parties p
              WHERE p.event_id = e.id AND p.role = 'participant' AND p.party_type = 'state') AS state_count""";

    private final JdbcClient jdbc;

    EventRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The state the stored events are in; read from indexes (a count and a maximum), not the rows. */
    DataVersion version() {
        return jdbc.sql("SELECT COUNT(*) AS revisions, MAX(source_document_id) AS latest FROM event_revisions")
                .query((rs, n) -> new DataVersion(rs.getLong("revisions"), rs.getLong("latest")))
                .single();
    }

    Overview overview() {
        long events = count("SELECT COUNT(*) FROM events");
        long states = count("SELECT COUNT(DISTINCT state_code) FROM event_parties WHERE role = 'participant'");
        long organisations = count("SELECT COUNT(DISTINCT organisation_id) FROM event_parties");
        long notes = count("SELECT COUNT(*) FROM source_documents");
        return new Overview(events, states, organisations, notes);
    }

    List<EventListItem> recent(int limit) {
        return jdbc.sql("SELECT " + LIST_COLUMNS + " FROM events e ORDER BY " + EventSort.NEWEST.orderBy()
                        + " LIMIT :limit")
                .param("limit", limit)
                .query(EventRepository::listItem)
                .list();
    }

    ListPage<EventListItem> search(EventFilter filter, int size) {
        EventConditions conditions = EventConditions.of(filter);
        long total = jdbc.sql("SELECT COUNT(*) FROM events e" + conditions.where())
                .params(conditions.params()).query(Long.class).single();
        List<EventListItem> items = jdbc.sql("SELECT " + LIST_COLUMNS + " FROM events e" + conditions.where()
                        + " ORDER BY " + filter.sort().orderBy() + " LIMIT :limit OFFSET :offset")
                .params(conditions.params())
                .param("limit", size)
                .param("offset", (long) (filter.page() - 1) * size)
                .query(EventRepository::listItem)
                .list();
        return new ListPage<>(items, filter.page(), size, total);
    }

    /** The years in which events started, newest first. */
    List<Integer> years() {
        return jdbc.sql("SELECT DISTINCT start_date FROM events WHERE start_date IS NOT NULL")
                .query((rs, n) -> rs.getObject("start_date", LocalDate.class).getYear())
                .list().stream().distinct().sorted(Comparator.reverseOrder()).toList();
    }

    List<String> kinds() {
        return jdbc.sql("SELECT DISTINCT kind FROM events ORDER BY kind").query(String.class).list();
    }

    /** The States that events name, code to name, by name. */
    Map<String, String> statesNamed() {
        var states = new LinkedHashMap<String, String>();
        jdbc.sql("""
                SELECT state_code, MIN(name) AS name FROM event_parties WHERE state_code IS NOT NULL
                GROUP BY state_code ORDER BY MIN(name)""")
                .query(rs -> {
                    states.put(rs.getString("state_code"), rs.getString("name"));
                });
        return states;
    }

    /** The organisations that events name, id to name, by name. */
    Map<String, String> organisationsNamed() {
        var organisations = new LinkedHashMap<String, String>();
        jdbc.sql("""
                SELECT organisation_id, MIN(name) AS name FROM event_parties WHERE organisation_id IS NOT NULL
                GROUP BY organisation_id ORDER BY MIN(name)""")
                .query(rs -> {
                    organisations.put(rs.getString("organisation_id"), rs.getString("name"));
                });
        return organisations;
    }

    /** The topics that events are about, in the vocabulary's order. */
    List<Topic> topicsUsed() {
        var stored = jdbc.sql("SELECT DISTINCT topic FROM event_topics").query(String.class).set();
        return Arrays.stream(Topic.values()).filter(t -> stored.contains(t.json())).toList();
    }

    /** How many dated events started in each year in each venue country (null: not given). */
    List<YearVenueCount> eventsPerYearAndVenue() {
        return jdbc.sql("""
                SELECT EXTRACT(YEAR FROM start_date) AS start_year, venue_country, COUNT(*) AS events FROM events
                WHERE start_date IS NOT NULL GROUP BY EXTRACT(YEAR FROM start_date), venue_country""")
                .query((rs, n) -> new YearVenueCount(rs.getInt("start_year"), rs.getString("venue_country"),
                        rs.getInt("events")))
                .list();
    }

    long undatedEvents() {
        return count("SELECT COUNT(*) FROM events WHERE start_date IS NULL");
    }

    /** The event with its parts, read on one connection (the parts after the event's row, not inside its reading). */
    @Transactional(readOnly = true)
    Optional<EventDetails> find(String slug) {
        return jdbc.sql("""
                SELECT e.id, e.slug, e.title, e.kind, e.start_date, e.end_date, e.venue_text,
                    s.original_file_name, s.media_type, s.sha256, s.origin, s.imported_at, s.extracted_text,
                    (SELECT MAX(r.revision) FROM event_revisions r WHERE r.event_id = e.id) AS revision
                FROM events e JOIN source_documents s ON s.id = e.current_source_id
                WHERE e.slug = :slug""")
                .param("slug", slug)
                .query((rs, n) -> new EventRow(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
                        rs.getString("kind"), rs.getObject("start_date", LocalDate.class),
                        rs.getObject("end_date", LocalDate.class), rs.getString("venue_text"),
                        rs.getString("extracted_text"),
                        new SourceView(rs.getString("original_file_name"), rs.getString("media_type"),
                                rs.getString("sha256"), rs.getString("origin"),
                                rs.getObject("imported_at", OffsetDateTime.class), rs.getInt("revision"))))
                .optional()
                .map(this::details);
    }

    /** An event's own row and its current source. */
    private record EventRow(long id, String slug, String title, String kind, LocalDate start, LocalDate end,
            String venue, String text, SourceView source) {
    }

    Optional<SourceDownload> source(String slug) {
        return jdbc.sql("""
                SELECT s.original_file_name, s.media_type, s.original_bytes
                FROM events e JOIN source_documents s ON s.id = e.current_source_id
                WHERE e.slug = :slug""")
                .param("slug", slug)
                .query((rs, n) -> new SourceDownload(rs.getString("original_file_name"), rs.getString("media_type"),
                        rs.getBytes("original_bytes")))
                .optional();
    }

    private EventDetails details(EventRow event) {
        long id = event.id();
        Map<String, List<String>> roles = roles(id);
        return new EventDetails(event.slug(), event.title(), event.kind(), event.start(), event.end(), event.venue(),
                parties(id, "organiser", roles),
                parties(id, "participant", roles),
                sections(id),
                topics(id),
                resolutions(id),
                facts(id, event.text()),
                warnings(id),
                event.source());
    }

    /** The roles beyond organiser and participant (host, speaker, remote), by the party they belong to. */
    private Map<String, List<String>> roles(long event) {
        var roles = new LinkedHashMap<String, List<String>>();
        jdbc.sql("""
                SELECT role, party_type, state_code, organisation_id, unresolved_name FROM event_parties
                WHERE event_id = :event AND role IN ('host', 'speaker', 'remote')
                ORDER BY CASE role WHEN 'host' THEN 0 WHEN 'speaker' THEN 1 ELSE 2 END, position""")
                .param("event", event)
                .query(rs -> {
                    roles.computeIfAbsent(identity(rs), k -> new ArrayList<>())
                            .add(PartyView.roleLabel(rs.getString("role")));
                });
        return roles;
    }

    /** A party the same wherever it is listed: its type and its State code, organisation id or name as written. */
    private static String identity(ResultSet rs) throws SQLException {
        String code = rs.getString("state_code");
        String organisation = rs.getString("organisation_id");
        return rs.getString("party_type") + ":" + (code != null ? code
                : organisation != null ? organisation : rs.getString("unresolved_name"));
    }

    private List<PartyView> parties(long event, String role, Map<String, List<String>> roles) {
        return jdbc.sql("""
                SELECT party_type, state_code, organisation_id, unresolved_name, name, mention, remark
                FROM event_parties
                WHERE event_id = :event AND role = :role ORDER BY position""")
                .param("event", event)
                .param("role", role)
                .query((rs, n) -> {
                    String type = rs.getString("party_type");
                    String partyId = switch (type) {
                        case "state" -> rs.getString("state_code");
                        case "organisation" -> rs.getString("organisation_id");
                        default -> null;
                    };
                    return new PartyView(type, partyId, rs.getString("name"), rs.getString("mention"),
                            rs.getString("remark"), roles.getOrDefault(identity(rs), List.of()));
                })
                .list();
    }

    private List<SectionView> sections(long event) {
        return jdbc.sql("SELECT position, heading, kind, text FROM sections WHERE event_id = :event ORDER BY position")
                .param("event", event)
                .query((rs, n) -> new SectionView(rs.getInt("position") + 1, rs.getString("heading"),
                        rs.getString("kind"), rs.getString("text")))
                .list();
    }

    private List<Topic> topics(long event) {
        var stored = jdbc.sql("SELECT topic FROM event_topics WHERE event_id = :event")
                .param("event", event).query(String.class).set();
        // In the vocabulary's order, which groups related topics, not alphabetical.
        return Arrays.stream(Topic.values()).filter(t -> stored.contains(t.json())).toList();
    }

    private List<String> resolutions(long event) {
        return jdbc.sql("""
                SELECT resolution_number, resolution_year FROM event_resolutions WHERE event_id = :event
                ORDER BY resolution_number""")
                .param("event", event)
                .query((rs, n) -> new ResolutionCitation(rs.getInt("resolution_number"), rs.getInt("resolution_year")))
                .list().stream()
                .map(c -> "Resolution " + c.number() + " (" + c.year() + ")")
                .toList();
    }

    private List<FactView> facts(long event, String text) {
        return jdbc.sql("""
                SELECT fact_type, state_code, status, payload, span_start, span_end FROM facts
                WHERE event_id = :event ORDER BY position""")
                .param("event", event)
                .query((rs, n) -> new FactView(rs.getString("fact_type"), rs.getString("state_code"),
                        rs.getString("status"), FactDetails.of(rs.getString("payload")),
                        SourceSentence.around(text, rs.getInt("span_start"), rs.getInt("span_end"))))
                .list();
    }

    private List<String> warnings(long event) {
        return jdbc.sql("SELECT message FROM event_warnings WHERE event_id = :event ORDER BY position")
                .param("event", event).query(String.class).list();
    }

    private static EventListItem listItem(ResultSet rs, int row) throws SQLException {
        return new EventListItem(
                rs.getString("slug"),
                rs.getString("title"),
                rs.getString("kind"),
                rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class),
                rs.getString("venue_text"),
                rs.getInt("state_count"));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
