package org.atlas1540.server.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's API for a full-text index: every stored event as one document, and the version of
 * each, so that an index can tell what it is missing. Reads in batches: rebuilding an index of
 * 100,000 events takes a few hundred queries, not a few per event.
 */
@Service
@Transactional(readOnly = true)
public class EventDocuments {
    /** Ids per query: well below what either database accepts in an IN list. */
    static final int BATCH = 500;

    private final JdbcClient jdbc;

    EventDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The version of every stored event, by id. */
    public Map<EventId, Instant> versions() {
        var versions = new HashMap<EventId, Instant>();
        jdbc.sql("SELECT id, updated_at FROM events").query(rs -> {
            versions.put(new EventId(rs.getLong("id")), instant(rs.getObject("updated_at", OffsetDateTime.class)));
        });
        return versions;
    }

    /** The ids of every stored event, in ascending order. */
    public List<EventId> ids() {
        return jdbc.sql("SELECT id FROM events ORDER BY id").query((rs, n) -> new EventId(rs.getLong("id"))).list();
    }

    public Optional<EventDocument> find(EventId id) {
        return load(List.of(id)).stream().findFirst();
    }

    /** The documents of these events, in the order given; ids of events that do not exist are skipped. */
    public List<EventDocument> load(Collection<EventId> ids) {
        var result = new ArrayList<EventDocument>(ids.size());
        List<EventId> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += BATCH) {
            result.addAll(loadBatch(all.subList(from, Math.min(all.size(), from + BATCH))));
        }
        return result;
    }

    private List<EventDocument> loadBatch(List<EventId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> keys = ids.stream().map(EventId::value).toList();
        Map<Long, Row> rows = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT id, slug, title, kind, start_date, end_date, venue_text, venue_country, updated_at
                FROM events WHERE id IN (:ids)""")
                .param("ids", keys)
                .query(rs -> {
                    var row = new Row(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
                            rs.getString("kind"), rs.getObject("start_date", LocalDate.class),
                            rs.getObject("end_date", LocalDate.class), rs.getString("venue_text"),
                            rs.getString("venue_country"), instant(rs.getObject("updated_at", OffsetDateTime.class)));
                    rows.put(row.id, row);
                    if (row.venueCountry != null) {
                        row.states.add(row.venueCountry);
                    }
                });
        jdbc.sql("""
                SELECT event_id, heading, text FROM sections WHERE event_id IN (:ids)
                ORDER BY event_id, position""")
                .param("ids", keys)
                .query(rs -> {
                    Row row = rows.get(rs.getLong("event_id"));
                    if (row != null) {
                        row.sections.add(new EventDocument.Section(rs.getString("heading"), rs.getString("text")));
                    }
                });
        jdbc.sql("""
                SELECT event_id, party_type, state_code, name, mention FROM event_parties WHERE event_id IN (:ids)
                ORDER BY event_id, role, position""")
                .param("ids", keys)
                .query(rs -> {
                    Row row = rows.get(rs.getLong("event_id"));
                    if (row != null) {
                        row.names.add(rs.getString("name"));
                        row.names.add(rs.getString("mention"));
                        if ("state".equals(rs.getString("party_type"))) {
                            row.states.add(rs.getString("state_code"));
                        }
                    }
                });
        jdbc.sql("SELECT event_id, topic FROM event_topics WHERE event_id IN (:ids) ORDER BY event_id, topic")
                .param("ids", keys)
                .query(rs -> {
                    Row row = rows.get(rs.getLong("event_id"));
                    if (row != null) {
                        row.topics.add(rs.getString("topic"));
                    }
                });
        var documents = new ArrayList<EventDocument>(rows.size());
        for (EventId id : ids) {
            Row row = rows.get(id.value());
            if (row != null) {
                documents.add(row.document());
            }
        }
        return documents;
    }

    private static Instant instant(OffsetDateTime time) {
        return time.toInstant();
    }

    /** An event being read: the events row, then its sections, parties and topics. */
    private static final class Row {
        final long id;
        final String slug;
        final String title;
        final String kind;
        final LocalDate start;
        final LocalDate end;
        final String venueText;
        final String venueCountry;
        final Instant version;
        final List<EventDocument.Section> sections = new ArrayList<>();
        final Set<String> names = new LinkedHashSet<>();
        final Set<String> states = new LinkedHashSet<>();
        final List<String> topics = new ArrayList<>();

        Row(long id, String slug, String title, String kind, LocalDate start, LocalDate end, String venueText,
                String venueCountry, Instant version) {
            this.id = id;
            this.slug = slug;
            this.title = title;
            this.kind = kind;
            this.start = start;
            this.end = end;
            this.venueText = venueText;
            this.venueCountry = venueCountry;
            this.version = version;
        }

        EventDocument document() {
            return new EventDocument(new EventId(id), slug, title, kind, start, end, venueText, venueCountry, sections,
                    List.copyOf(names), states, topics, version);
        }
    }
}
