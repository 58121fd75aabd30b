package org.atlas1540.server.event;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.atlas1540.notes.AssistanceNeedFact;
import org.atlas1540.notes.CountryVisitFact;
import org.atlas1540.notes.Fact;
import org.atlas1540.notes.NationalActionPlanFact;
import org.atlas1540.notes.Note;
import org.atlas1540.notes.NoteJson;
import org.atlas1540.notes.Party;
import org.atlas1540.notes.PartyType;
import org.atlas1540.notes.ResolutionCitation;
import org.atlas1540.notes.Section;
import org.atlas1540.notes.Topic;
import org.atlas1540.reference.StateCode;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;

/** The SQL that stores notes. Called by {@link EventStore} inside the caller's transaction. */
@Repository
class EventWriter {
    private static final int MAX_WARNING = 2000;
    private static final int MAX_NAME = 1000;

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
                    .param("title", truncate(note.title(), MAX_NAME))
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

    long insertSource(Note note, SourceFile file) {
        jdbc.sql("""
                INSERT INTO source_documents (sha256, media_type, original_file_name, origin, original_bytes,
                    extracted_text, imported_at)
                VALUES (:sha, :mediaType, :name, :origin, :bytes, :text, :at)""")
                .param("sha", note.source().sha256())
                .param("mediaType", note.source().mediaType())
                .param("name", truncate(file.fileName(), 500))
                .param("origin", file.origin().column())
                .param("bytes", file.bytes())
                .param("text", note.text())
                .param("at", now())
                .update();
        return jdbc.sql("SELECT id FROM source_documents WHERE sha256 = :sha")
                .param("sha", note.source().sha256()).query(Long.class).single();
    }

    EventRef insertEvent(Note note, long sourceId) {
        String base = Slugs.base(note.dates() == null ? null : note.dates().start(),
                note.venue() == null ? null : note.venue().city(), note.title(), note.kind().json());
        String slug = Slugs.unique(base, this::slugTaken);
        OffsetDateTime now = now();
        jdbc.sql("""
                INSERT INTO events (slug, title, kind, start_date, end_date, venue_text, venue_city, venue_country,
                    current_source_id, created_at, updated_at)
                VALUES (:slug, :title, :kind, :start, :end, :venueText, :city, :country, :source, :now, :now)""")
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

    private static Map<String, Object> eventColumns(Note note) {
        var columns = new HashMap<String, Object>();
        columns.put("title", note.title() == null ? null : truncate(note.title(), MAX_NAME));
        columns.put("kind", note.kind().json());
        columns.put("start", note.dates() == null ? null : note.dates().start());
        columns.put("end", note.dates() == null ? null : note.dates().end());
        columns.put("venueText", note.venue() == null ? null : truncate(note.venue().text(), MAX_NAME));
        columns.put("city", note.venue() == null ? null : truncate(note.venue().city(), 200));
        columns.put("country", note.venue() == null ? null : code(note.venue().country()));
        return columns;
    }

    void insertRevision(EventId event, long sourceId) {
        int revision = jdbc.sql("SELECT COALESCE(MAX(revision), 0) FROM event_revisions WHERE event_id = :id")
                .param("id", event.value()).query(Integer.class).single() + 1;
        jdbc.sql("INSERT INTO event_revisions (event_id, revision, source_document_id) VALUES (:id, :revision, :source)")
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
        insertParties(event, "organiser", note.organisers());
        insertParties(event, "participant", note.participants());
        List<PartyRoles.Role> roles = PartyRoles.of(note);
        for (String role : List.of(PartyRoles.HOST, PartyRoles.SPEAKER, PartyRoles.REMOTE)) {
            insertParties(event, role, roles.stream().filter(r -> r.role().equals(role)).map(PartyRoles.Role::party)
                    .toList());
        }
        insertSections(event, note.sections());
        insertTopics(event, note.topics());
        insertResolutions(event, note.resolutions());
        insertFacts(event, note);
        insertWarnings(event, note.warnings());
    }

    /** All the parties of a role in one batch: one statement prepared, not one per party. */
    private void insertParties(EventId event, String role, List<Party> parties) {
        if (parties.isEmpty()) {
            return;
        }
        var rows = new SqlParameterSource[parties.size()];
        for (int i = 0; i < parties.size(); i++) {
            Party party = parties.get(i);
            boolean state = party.type() == PartyType.STATE;
            boolean organisation = party.type() == PartyType.ORGANISATION && party.id() != null;
            rows[i] = new MapSqlParameterSource()
                    .addValue("event", event.value())
                    .addValue("role", role)
                    .addValue("position", i)
                    .addValue("type", state || organisation ? party.type().json() : PartyType.UNRESOLVED.json())
                    .addValue("state", state ? party.id() : null)
                    .addValue("organisation", organisation ? party.id() : null)
                    .addValue("unresolved", state || organisation ? null : truncate(party.mention(), MAX_NAME))
                    .addValue("name", truncate(party.name() == null ? party.mention() : party.name(), MAX_NAME))
                    .addValue("mention", truncate(party.mention(), MAX_NAME))
                    .addValue("national", code(party.state()))
                    .addValue("start", party.span().start())
                    .addValue("end", party.span().end())
                    .addValue("remark", party.remark() == null ? null : truncate(party.remark(), MAX_NAME));
        }
        batch.batchUpdate("""
                INSERT INTO event_parties (event_id, role, position, party_type, state_code, organisation_id,
                    unresolved_name, name, mention, national_state_code, span_start, span_end, remark)
                VALUES (:event, :role, :position, :type, :state, :organisation, :unresolved, :name, :mention,
                    :national, :start, :end, :remark)""", rows);
    }

    private void insertSections(EventId event, List<Section> sections) {
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            jdbc.sql("""
                    INSERT INTO sections (event_id, position, kind, heading, text, span_start, span_end)
                    VALUES (:event, :position, :kind, :heading, :text, :start, :end)""")
                    .param("event", event.value())
                    .param("position", i)
                    .param("kind", section.kind().json())
                    .param("heading", truncate(section.heading(), MAX_NAME))
                    .param("text", section.text())
                    .param("start", section.span().start())
                    .param("end", section.span().end())
                    .update();
        }
    }

    private void insertTopics(EventId event, List<Topic> topics) {
        for (Topic topic : topics.stream().distinct().toList()) {
            jdbc.sql("INSERT INTO event_topics (event_id, topic) VALUES (:event, :topic)")
                    .param("event", event.value())
                    .param("topic", topic.json())
                    .update();
        }
    }

    private void insertResolutions(EventId event, List<ResolutionCitation> resolutions) {
        var seen = new HashSet<Integer>();
        for (ResolutionCitation citation : resolutions) {
            if (seen.add(citation.number())) {
                jdbc.sql("""
                        INSERT INTO event_resolutions (event_id, resolution_number, resolution_year)
                        VALUES (:event, :number, :year)""")
                        .param("event", event.value())
                        .param("number", citation.number())
                        .param("year", citation.year())
                        .update();
            }
        }
    }

    private void insertFacts(EventId event, Note note) {
        JsonNode json = NoteJson.toTree(note).get("facts");
        for (int i = 0; i < note.facts().size(); i++) {
            Fact fact = note.facts().get(i);
            jdbc.sql("""
                    INSERT INTO facts (event_id, position, fact_type, state_code, payload, span_start, span_end, status)
                    VALUES (:event, :position, :type, :state, :payload, :start, :end, 'suggested')""")
                    .param("event", event.value())
                    .param("position", i)
                    .param("type", fact.type())
                    .param("state", code(stateOf(fact)))
                    .param("payload", json.get(i).toString())
                    .param("start", fact.span().start())
                    .param("end", fact.span().end())
                    .update();
        }
    }

    private static StateCode stateOf(Fact fact) {
        if (fact instanceof NationalActionPlanFact plan) {
            return plan.state();
        }
        if (fact instanceof CountryVisitFact visit) {
            return visit.state();
        }
        if (fact instanceof AssistanceNeedFact need) {
            return need.state();
        }
        return null;
    }

    private void insertWarnings(EventId event, List<String> warnings) {
        for (int i = 0; i < warnings.size(); i++) {
            jdbc.sql("INSERT INTO event_warnings (event_id, position, message) VALUES (:event, :position, :message)")
                    .param("event", event.value())
                    .param("position", i)
                    .param("message", truncate(warnings.get(i), MAX_WARNING))
                    .update();
        }
    }

    private boolean slugTaken(String slug) {
        return jdbc.sql("SELECT COUNT(*) FROM events WHERE slug = :slug").param("slug", slug)
                .query(Long.class).single() > 0;
    }

    private OffsetDateTime now() {
        // Microseconds: what both databases keep, so a value reads back as it was written.
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private static String code(StateCode code) {
        return code == null ? null : code.value();
    }

    private static String truncate(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        return s.substring(0, max - 1) + "…";
    }
}
