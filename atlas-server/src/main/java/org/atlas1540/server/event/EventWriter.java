package org.atlas1540.server.event;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.atlas1540.notes.Note;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL that stores notes. Called by {@link EventStore} inside the caller's transaction. */
@Repository
class EventWriter {
    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final Clock clock;

    EventWriter(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = Clock.systemUTC();
    }

    boolean sourceExists(String sha256) {
        return jdbc.sql("SELECT COUNT(*) FROM source_documents WHERE sha256 = :sha")
                .param("sha", sha256).query(Long.class).single() > 0;
    }

    Optional<EventRef> findBySource(String sha256) {
        return jdbc.sql("""
                SELECT e.id, e.slug FROM events e
                JOIN event_revisions r ON r.event_id = e.id
                JOIN source_documents s ON s.id = r.source_document_id
                WHERE s.sha256 = :sha""")
                .param("sha", sha256)
                .query((rs, n) -> new EventRef(new EventId(rs.getLong("id")), rs.getString("slug")))
                .optional();
    }

    boolean anySource() {
        return jdbc.sql("SELECT COUNT(*) FROM source_documents").query(Long.class).single() > 0;
    }

    Optional<EventRef> findSameEvent(Note note, String fileName) {
        if (note.dates() != null && note.title() != null) {
            Optional<EventRef> byTitle = jdbc.sql("""
                    SELECT id, slug FROM events WHERE start_date = :start AND title = :title ORDER BY id""")
                    .param("start", note.dates().start())
                    .param("title", Columns.name(note.title()))
                    .query((rs, n) -> new EventRef(new EventId(rs.getLong("id")), rs.getString("slug")))
                    .optional();
            if (byTitle.isPresent()) {
                return byTitle;
            }
        }
        return jdbc.sql("""
                SELECT DISTINCT e.id, e.slug FROM events e
                JOIN event_revisions r ON r.event_id = e.id
                JOIN source_documents s ON s.id = r.source_document_id
                WHERE s.original_file_name = :name ORDER BY e.id""")
                .param("name", fileName)
                .query((rs, n) -> new EventRef(new EventId(rs.getLong("id")), rs.getString("slug")))
                .list().stream().findFirst();
    }

    static final String INSERT_SOURCE = """
            INSERT INTO source_documents (sha256, media_type, original_file_name, origin, original_bytes,
                extracted_text, imported_at)
            VALUES (:sha, :mediaType, :name, :origin, :bytes, :text, :at)""";
    static final String INSERT_EVENT = """
            INSERT INTO events (slug, title, kind, start_date, end_date, venue_text, venue_city, venue_country,
                current_source_id, created_at, updated_at)
            VALUES (:slug, :title, :kind, :start, :end, :venueText, :city, :country, :source, :now, :now)""";
    static final String INSERT_REVISION = """
            INSERT INTO event_revisions (event_id, revision, source_document_id) VALUES (:id, :revision, :source)""";

    long insertSource(Note note, SourceFile file) {
        jdbc.sql(INSERT_SOURCE).params(sourceColumns(note, file, now())).update();
        return jdbc.sql("SELECT id FROM source_documents WHERE sha256 = :sha")
                .param("sha", note.source().sha256()).query(Long.class).single();
    }

    static Map<String, Object> sourceColumns(Note note, SourceFile file, OffsetDateTime now) {
        var columns = new HashMap<String, Object>();
        columns.put("sha", note.source().sha256());
        columns.put("mediaType", note.source().mediaType());
        columns.put("name", Columns.truncate(file.fileName(), 500));
        columns.put("origin", file.origin().column());
        columns.put("bytes", file.bytes());
        columns.put("text", note.text());
        columns.put("at", now);
        return columns;
    }

    /** The slug the note's event would get if no other event had it. */
    static String slugBase(Note note) {
        return Slugs.base(note.dates() == null ? null : note.dates().start(),
                note.venue() == null ? null : note.venue().city(), note.title(), note.kind().json());
    }

    EventRef insertEvent(Note note, long sourceId) {
        String slug = Slugs.unique(slugBase(note), this::slugTaken);
        OffsetDateTime now = now();
        jdbc.sql(INSERT_EVENT)
                .param("slug", slug)
                .params(eventColumns(note))
                .param("source", sourceId)
                .param("now", now)
                .update();
        long id = jdbc.sql("SELECT id FROM events WHERE slug = :slug").param("slug", slug).query(Long.class).single();
        return new EventRef(new EventId(id), slug);
    }

    void updateEvent(EventId event, Note note, long sourceId) {
        jdbc.sql("""
                UPDATE events SET title = :title, kind = :kind, start_date = :start, end_date = :end,
                    venue_text = :venueText, venue_city = :city, venue_country = :country,
                    current_source_id = :source, updated_at = :now
                WHERE id = :id""")
                .params(eventColumns(note))
                .param("source", sourceId)
                .param("now", now())
                .param("id", event.value())
                .update();
    }

    static Map<String, Object> eventColumns(Note note) {
        var columns = new HashMap<String, Object>();
        columns.put("title", note.title() == null ? null : Columns.name(note.title()));
        columns.put("kind", note.kind().json());
        columns.put("start", note.dates() == null ? null : note.dates().start());
        columns.put("end", note.dates() == null ? null : note.dates().end());
        columns.put("venueText", note.venue() == null ? null : Columns.name(note.venue().text()));
        columns.put("city", note.venue() == null ? null : Columns.truncate(note.venue().city(), 200));
        columns.put("country", note.venue() == null ? null : Columns.code(note.venue().country()));
        return columns;
    }

    void insertRevision(EventId event, long sourceId) {
        int revision = jdbc.sql("SELECT COALESCE(MAX(revision), 0) FROM event_revisions WHERE event_id = :id")
                .param("id", event.value()).query(Integer.class).single() + 1;
        jdbc.sql(INSERT_REVISION)
                .param("id", event.value())
                .param("revision", revision)
                .param("source", sourceId)
                .update();
    }

    void deleteDetails(EventId event) {
        for (String table : List.of("event_parties", "sections", "event_topics", "event_resolutions", "facts",
                "event_warnings")) {
            jdbc.sql("DELETE FROM " + table + " WHERE event_id = :id").param("id", event.value()).update();
        }
    }

    void insertDetails(EventId event, Note note) {
        new DetailRows().add(event, note).write(batch);
    }

    boolean slugTaken(String slug) {
        return jdbc.sql("SELECT COUNT(*) FROM events WHERE slug = :slug").param("slug", slug)
                .query(Long.class).single() > 0;
    }

    OffsetDateTime now() {
        // Microseconds: what both databases keep, so a value reads back as it was written.
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
