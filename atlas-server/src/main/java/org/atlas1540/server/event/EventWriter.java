package org.atlas1540.server.event;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.atlas1540.notes.Note;
import org.atlas1540.server.web.Clocks;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL that stores notes. Called by {@link EventStore} inside the caller's transaction. */
@Repository
class EventWriter {
    private final JdbcClient jdbc;
    private final JdbcTemplate rows;
    private final Clock clock;

    EventWriter(JdbcClient jdbc, JdbcTemplate rows, Clock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.clock = clock;
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
            VALUES (?, ?, ?, ?, ?, ?, ?)""";
    /** The note's columns first (see {@link #setNoteColumns}), then slug, source and times. */
    static final String INSERT_EVENT = """
            INSERT INTO events (title, kind, start_date, end_date, venue_text, venue_city, venue_country,
                slug, current_source_id, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    static final String INSERT_REVISION = """
            INSERT INTO event_revisions (event_id, revision, source_document_id) VALUES (?, ?, ?)""";

    long insertSource(Note note, SourceFile file) {
        OffsetDateTime now = now();
        rows.update(INSERT_SOURCE, statement -> setSource(statement, note, file, now));
        return jdbc.sql("SELECT id FROM source_documents WHERE sha256 = :sha")
                .param("sha", note.source().sha256()).query(Long.class).single();
    }

    /** Sets the parameters of {@link #INSERT_SOURCE}. */
    static void setSource(PreparedStatement statement, Note note, SourceFile file, OffsetDateTime now)
            throws SQLException {
        statement.setString(1, note.source().sha256());
        statement.setString(2, note.source().mediaType());
        statement.setString(3, Columns.truncate(file.fileName(), 500));
        statement.setString(4, file.origin().column());
        statement.setBytes(5, file.bytes());
        statement.setString(6, note.text());
        statement.setObject(7, now);
    }

    /** The slug the note's event would get if no other event had it. */
    static String slugBase(Note note) {
        return Slugs.base(note.dates() == null ? null : note.dates().start(),
                note.venue() == null ? null : note.venue().city(), note.title(), note.kind().json());
    }

    EventRef insertEvent(Note note, long sourceId) {
        String slug = Slugs.unique(slugBase(note), this::slugTaken);
        OffsetDateTime now = now();
        rows.update(INSERT_EVENT, statement -> setEvent(statement, note, slug, sourceId, now));
        long id = jdbc.sql("SELECT id FROM events WHERE slug = :slug").param("slug", slug).query(Long.class).single();
        return new EventRef(new EventId(id), slug);
    }

    /** Sets the parameters of {@link #INSERT_EVENT}. */
    static void setEvent(PreparedStatement statement, Note note, String slug, long sourceId, OffsetDateTime now)
            throws SQLException {
        int next = setNoteColumns(statement, note);
        statement.setString(next, slug);
        statement.setLong(next + 1, sourceId);
        statement.setObject(next + 2, now);
        statement.setObject(next + 3, now);
    }

    void updateEvent(EventId event, Note note, long sourceId) {
        OffsetDateTime now = now();
        rows.update("""
                UPDATE events SET title = ?, kind = ?, start_date = ?, end_date = ?, venue_text = ?, venue_city = ?,
                    venue_country = ?, current_source_id = ?, updated_at = ?
                WHERE id = ?""", statement -> {
            int next = setNoteColumns(statement, note);
            statement.setLong(next, sourceId);
            statement.setObject(next + 1, now);
            statement.setLong(next + 2, event.value());
        });
    }

    /**
     * Sets what the note says of its event as the first seven parameters: title, kind, start date,
     * end date, venue text, city, country.
     *
     * @return the number of the next parameter
     */
    static int setNoteColumns(PreparedStatement statement, Note note) throws SQLException {
        statement.setString(1, note.title() == null ? null : Columns.name(note.title()));
        statement.setString(2, note.kind().json());
        statement.setObject(3, note.dates() == null ? null : note.dates().start(), Types.DATE);
        statement.setObject(4, note.dates() == null ? null : note.dates().end(), Types.DATE);
        statement.setString(5, note.venue() == null ? null : Columns.name(note.venue().text()));
        statement.setString(6, note.venue() == null ? null : Columns.truncate(note.venue().city(), 200));
        statement.setString(7, note.venue() == null ? null : Columns.code(note.venue().country()));
        return 8;
    }

    void insertRevision(EventId event, long sourceId) {
        int revision = jdbc.sql("SELECT COALESCE(MAX(revision), 0) FROM event_revisions WHERE event_id = :id")
                .param("id", event.value()).query(Integer.class).single() + 1;
        rows.update(INSERT_REVISION, event.value(), revision, sourceId);
    }

    void deleteDetails(EventId event) {
        for (String table : List.of("event_parties", "sections", "event_topics", "event_resolutions", "facts",
                "event_warnings")) {
            jdbc.sql("DELETE FROM " + table + " WHERE event_id = :id").param("id", event.value()).update();
        }
    }

    /** The event's facts as stored, in order. */
    List<FactCarryOver.StoredFact> facts(EventId event) {
        return jdbc.sql("SELECT position, fact_type, state_code, payload, status FROM facts WHERE event_id = :id "
                        + "ORDER BY position")
                .param("id", event.value())
                .query((rs, n) -> new FactCarryOver.StoredFact(rs.getInt("position") + 1, rs.getString("fact_type"),
                        rs.getString("state_code"), rs.getString("payload"), rs.getString("status")))
                .list();
    }

    void setFactStatus(EventId event, int number, String status) {
        jdbc.sql("UPDATE facts SET status = :status WHERE event_id = :id AND position = :position")
                .param("status", status).param("id", event.value()).param("position", number - 1).update();
    }

    void insertDetails(EventId event, Note note) {
        new DetailRows().add(event, note).write(rows);
    }

    boolean slugTaken(String slug) {
        return jdbc.sql("SELECT COUNT(*) FROM events WHERE slug = :slug").param("slug", slug)
                .query(Long.class).single() > 0;
    }

    OffsetDateTime now() {
        return Clocks.storedNow(clock);
    }
}
