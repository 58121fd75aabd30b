package org.atlas1540.server.event;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.atlas1540.notes.Topic;
import org.atlas1540.reference.StateCode;
import org.atlas1540.server.web.Links;
import org.atlas1540.server.web.ListPage;
import org.atlas1540.server.web.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The SQL behind the API's event documents and its list of facts. */
@Repository
class EventApiQueries {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** A fact's payload fields that the API gives as fields of their own. */
    private static final List<String> NOT_DETAILS = List.of("type", "state", "span");
    /** The text of a fact's span, cut out by the database: {@code s} is the source document, {@code f} the fact. */
    private static final String QUOTE = "SUBSTRING(s.extracted_text, f.span_start + 1, f.span_end - f.span_start)";

    private final JdbcClient jdbc;

    EventApiQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One transaction, so that the parts read while the event's row is read share its connection. */
    @Transactional(readOnly = true)
    Optional<EventJson.Event> find(String slug) {
        return jdbc.sql("""
                SELECT e.id, e.slug, e.title, e.kind, e.start_date, e.end_date, e.venue_text, e.venue_city,
                    e.venue_country, s.original_file_name, s.media_type, s.sha256, s.origin, s.imported_at,
                    (SELECT MAX(r.revision) FROM event_revisions r WHERE r.event_id = e.id) AS revision
                FROM events e JOIN source_documents s ON s.id = e.current_source_id
                WHERE e.slug = :slug""")
                .param("slug", slug)
                .query((rs, n) -> event(rs))
                .optional();
    }

    /** Facts of every event, newest event first, then in the order of their note. */
    ListPage<EventJson.FactItem> facts(String type, StateCode state, PageRequest paging) {
        var where = new StringBuilder(" WHERE 1 = 1");
        var params = new LinkedHashMap<String, Object>();
        if (type != null) {
            where.append(" AND f.fact_type = :type");
            params.put("type", type);
        }
        if (state != null) {
            where.append(" AND f.state_code = :state");
            params.put("state", state.value());
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM facts f" + where).params(params).query(Long.class).single();
        List<EventJson.FactItem> items = jdbc.sql("SELECT e.slug, e.title, e.start_date, f.position, f.fact_type, "
                        + "f.state_code, f.status, f.payload, f.span_start, f.span_end, " + QUOTE + " AS quote "
                        + "FROM facts f JOIN events e ON e.id = f.event_id "
                        + "JOIN source_documents s ON s.id = e.current_source_id" + where
                        + " ORDER BY e.start_date DESC NULLS LAST, e.id DESC, f.position LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query((rs, n) -> {
                    String slug = rs.getString("slug");
                    var event = new EventJson.EventRef(slug, rs.getString("title"),
                            rs.getObject("start_date", LocalDate.class), EventJson.ItemLinks.ofEvent(slug));
                    EventJson.Fact fact = fact(rs);
                    return new EventJson.FactItem(event, fact.number(), fact.type(), fact.state(), fact.reviewStatus(),
                            fact.details(), fact.span(), fact.quote());
                })
                .list();
        return new ListPage<>(items, paging.number(), paging.size(), total);
    }

    private EventJson.Event event(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        String slug = rs.getString("slug");
        var source = new EventJson.Source(rs.getString("original_file_name"), rs.getString("media_type"),
                rs.getString("sha256"), rs.getString("origin"), rs.getObject("imported_at", OffsetDateTime.class),
                rs.getInt("revision"), Links.absolute("/events/" + slug + "/source"));
        return new EventJson.Event(slug, rs.getString("title"), rs.getString("kind"),
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                new EventJson.Venue(rs.getString("venue_text"), rs.getString("venue_city"),
                        rs.getString("venue_country")),
                parties(id, "organiser"), parties(id, "participant"), sections(id), topics(id), resolutions(id),
                facts(id), warnings(id), source, EventJson.ItemLinks.ofEvent(slug));
    }

    private List<EventJson.Party> parties(long event, String role) {
        return jdbc.sql("""
                SELECT party_type, state_code, organisation_id, name, mention, remark, national_state_code,
                    span_start, span_end
                FROM event_parties WHERE event_id = :event AND role = :role ORDER BY position""")
                .param("event", event)
                .param("role", role)
                .query((rs, n) -> {
                    String type = rs.getString("party_type");
                    String id = switch (type) {
                        case "state" -> rs.getString("state_code");
                        case "organisation" -> rs.getString("organisation_id");
                        default -> null;
                    };
                    return new EventJson.Party(type, id, rs.getString("name"), rs.getString("mention"),
                            rs.getString("remark"), rs.getString("national_state_code"), span(rs),
                            EventJson.ItemLinks.ofParty(type, id));
                })
                .list();
    }

    private List<EventJson.Section> sections(long event) {
        return jdbc.sql("""
                SELECT position, kind, heading, text, span_start, span_end FROM sections
                WHERE event_id = :event ORDER BY position""")
                .param("event", event)
                .query((rs, n) -> new EventJson.Section(rs.getInt("position") + 1, rs.getString("kind"),
                        rs.getString("heading"), rs.getString("text"), span(rs)))
                .list();
    }

    private List<EventJson.TopicRef> topics(long event) {
        var stored = jdbc.sql("SELECT topic FROM event_topics WHERE event_id = :event")
                .param("event", event).query(String.class).set();
        return Arrays.stream(Topic.values()).filter(t -> stored.contains(t.json()))
                .map(t -> new EventJson.TopicRef(t.json(), t.label())).toList();
    }

    private List<EventJson.Resolution> resolutions(long event) {
        return jdbc.sql("""
                SELECT resolution_number, resolution_year FROM event_resolutions WHERE event_id = :event
                ORDER BY resolution_number""")
                .param("event", event)
                .query((rs, n) -> {
                    int number = rs.getInt("resolution_number");
                    int year = rs.getInt("resolution_year");
                    return new EventJson.Resolution(number, year, "resolution " + number + " (" + year + ")");
                })
                .list();
    }

    private List<EventJson.Fact> facts(long event) {
        return jdbc.sql("SELECT f.position, f.fact_type, f.state_code, f.status, f.payload, f.span_start, f.span_end, "
                        + QUOTE + " AS quote FROM facts f JOIN events e ON e.id = f.event_id "
                        + "JOIN source_documents s ON s.id = e.current_source_id "
                        + "WHERE f.event_id = :event ORDER BY f.position")
                .param("event", event)
                .query((rs, n) -> fact(rs))
                .list();
    }

    private List<String> warnings(long event) {
        return jdbc.sql("SELECT message FROM event_warnings WHERE event_id = :event ORDER BY position")
                .param("event", event).query(String.class).list();
    }

    private static EventJson.Fact fact(ResultSet rs) throws SQLException {
        return new EventJson.Fact(rs.getInt("position") + 1, rs.getString("fact_type"), rs.getString("state_code"),
                rs.getString("status"), details(rs.getString("payload")), span(rs), rs.getString("quote"));
    }

    /** The payload without the fields that the fact's JSON gives on its own (type, state, span). */
    static JsonNode details(String payload) {
        JsonNode root = JSON.readTree(payload);
        if (root instanceof ObjectNode object) {
            NOT_DETAILS.forEach(object::remove);
            return object;
        }
        return JSON.createObjectNode();
    }

    private static EventJson.Span span(ResultSet rs) throws SQLException {
        return new EventJson.Span(rs.getInt("span_start"), rs.getInt("span_end"));
    }
}
