package org.atlas1540.server.event;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL that stores many new events at once: a few queries look the whole batch up, and one
 * batch per table writes it. Called by {@link EventStore} inside its transaction.
 */
@Repository
class EventBatchWriter {
    private final JdbcClient jdbc;
    private final JdbcTemplate rows;
    private final EventWriter writer;

    EventBatchWriter(JdbcClient jdbc, JdbcTemplate rows, EventWriter writer) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.writer = writer;
    }

    /** Looks these notes up: four queries, whatever their number (keep it to a few hundred: IN lists). */
    KnownEvents lookUp(List<IncomingNote> notes) {
        var bySource = new HashMap<String, EventRef>();
        var shas = notes.stream().map(IncomingNote::sha256).distinct().toList();
        jdbc.sql("""
                SELECT s.sha256, e.id, e.slug FROM events e
                JOIN event_revisions r ON r.event_id = e.id
                JOIN source_documents s ON s.id = r.source_document_id
                WHERE s.sha256 IN (:shas)""")
                .param("shas", shas)
                .query(rs -> {
                    bySource.put(rs.getString("sha256"), new EventRef(new EventId(rs.getLong("id")), rs.getString("slug")));
                });
        var byTitle = new HashMap<KnownEvents.TitleKey, EventRef>();
        var titles = notes.stream().map(n -> KnownEvents.TitleKey.of(n.note())).filter(Objects::nonNull)
                .map(KnownEvents.TitleKey::title).distinct().toList();
        if (!titles.isEmpty()) {
            jdbc.sql("SELECT id, slug, start_date, title FROM events WHERE title IN (:titles) ORDER BY id")
                    .param("titles", titles)
                    .query(rs -> {
                        var key = new KnownEvents.TitleKey(rs.getObject("start_date", java.time.LocalDate.class),
                                rs.getString("title"));
                        if (key.start() != null) {
                            byTitle.putIfAbsent(key, new EventRef(new EventId(rs.getLong("id")), rs.getString("slug")));
                        }
                    });
        }
        var byFileName = new HashMap<String, EventRef>();
        var names = notes.stream().map(n -> n.file().fileName()).distinct().toList();
        jdbc.sql("""
                SELECT s.original_file_name, e.id, e.slug FROM events e
                JOIN event_revisions r ON r.event_id = e.id
                JOIN source_documents s ON s.id = r.source_document_id
                WHERE s.original_file_name IN (:names) ORDER BY e.id""")
                .param("names", names)
                .query(rs -> {
                    byFileName.putIfAbsent(rs.getString("original_file_name"),
                            new EventRef(new EventId(rs.getLong("id")), rs.getString("slug")));
                });
        Set<String> taken = new HashSet<>();
        var bases = notes.stream().map(n -> EventWriter.slugBase(n.note())).distinct().toList();
        jdbc.sql("SELECT slug FROM events WHERE slug IN (:slugs)").param("slugs", bases)
                .query(rs -> {
                    taken.add(rs.getString("slug"));
                });
        return new KnownEvents(bySource, byTitle, byFileName, taken);
    }

    /** True when an event has this slug; for the rare slug whose base was taken. */
    boolean slugTaken(String slug) {
        return writer.slugTaken(slug);
    }

    /**
     * Stores new events, each with its file as its first revision and its details: one batch per
     * table, and two queries for the generated ids.
     */
    List<Inserted> insertNew(List<NewEvent> events) {
        OffsetDateTime now = writer.now();
        rows.batchUpdate(EventWriter.INSERT_SOURCE, events, events.size(), (statement, event) ->
                EventWriter.setSource(statement, event.incoming().note(), event.incoming().file(), now));
        Map<String, Long> sourceIds = new HashMap<>();
        jdbc.sql("SELECT id, sha256 FROM source_documents WHERE sha256 IN (:shas)")
                .param("shas", events.stream().map(e -> e.incoming().sha256()).toList())
                .query(rs -> {
                    sourceIds.put(rs.getString("sha256"), rs.getLong("id"));
                });

        rows.batchUpdate(EventWriter.INSERT_EVENT, events, events.size(), (statement, event) ->
                EventWriter.setEvent(statement, event.incoming().note(), event.slug(),
                        sourceIds.get(event.incoming().sha256()), now));
        Map<String, Long> eventIds = new HashMap<>();
        jdbc.sql("SELECT id, slug FROM events WHERE slug IN (:slugs)")
                .param("slugs", events.stream().map(NewEvent::slug).toList())
                .query(rs -> {
                    eventIds.put(rs.getString("slug"), rs.getLong("id"));
                });

        var refs = new ArrayList<EventRef>(events.size());
        var revisions = new ArrayList<Object[]>(events.size());
        var details = new DetailRows();
        for (NewEvent event : events) {
            var ref = new EventRef(new EventId(eventIds.get(event.slug())), event.slug());
            refs.add(ref);
            revisions.add(new Object[] {ref.id().value(), 1, sourceIds.get(event.incoming().sha256())});
            details.add(ref.id(), event.incoming().note());
        }
        rows.batchUpdate(EventWriter.INSERT_REVISION, revisions);
        details.write(rows);
        var inserted = new ArrayList<Inserted>(refs.size());
        for (int i = 0; i < refs.size(); i++) {
            inserted.add(new Inserted(refs.get(i), details.document(refs.get(i), events.get(i).incoming().note(), now)));
        }
        return inserted;
    }

    /** A new event as stored, and its search document. */
    record Inserted(EventRef event, EventDocument document) {
    }

    /** A note that makes a new event, and the slug chosen for it. */
    record NewEvent(IncomingNote incoming, String slug) {
    }
}
