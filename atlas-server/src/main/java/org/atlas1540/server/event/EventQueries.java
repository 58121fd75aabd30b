package org.atlas1540.server.event;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.atlas1540.notes.Topic;
import org.atlas1540.reference.StateCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind lists of events by {@link EventQuery}: a page of them for the API, or all for exports. */
@Repository
class EventQueries {
    private final JdbcClient jdbc;

    EventQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of events, in the query's order. */
    ResultPage<EventSummary> page(EventQuery query, Paging paging) {
        Where where = Where.of(query);
        long total = jdbc.sql("SELECT COUNT(*) FROM events e" + where.sql()).params(where.params())
                .query(Long.class).single();
        List<EventSummary> items = jdbc.sql("""
                SELECT e.slug, e.title, e.kind, e.start_date, e.end_date, e.venue_text, e.venue_city, e.venue_country,
                    (SELECT COUNT(DISTINCT p.state_code) FROM event_parties p
                     WHERE p.event_id = e.id AND p.role = 'participant' AND p.party_type = 'state') AS state_count
                FROM events e""" + where.sql() + " ORDER BY " + query.sort().orderBy()
                        + " LIMIT :limit OFFSET :offset")
                .params(where.params())
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query((rs, n) -> new EventSummary(rs.getString("slug"), rs.getString("title"), rs.getString("kind"),
                        rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                        rs.getString("venue_text"), rs.getString("venue_city"), rs.getString("venue_country"),
                        rs.getInt("state_count")))
                .list();
        return new ResultPage<>(items, paging.number(), paging.size(), total);
    }

    /** Every event the query selects, in its order, with parties, topics and resolutions: four queries in all. */
    List<EventRecord> all(EventQuery query) {
        Where where = Where.of(query);
        String ids = "SELECT e.id FROM events e" + where.sql();
        Map<Long, List<EventRecord.Party>> organisers = new HashMap<>();
        Map<Long, List<EventRecord.Party>> participants = new HashMap<>();
        jdbc.sql("SELECT event_id, role, party_type, state_code, organisation_id, name FROM event_parties "
                        + "WHERE event_id IN (" + ids + ") ORDER BY event_id, role, position")
                .params(where.params())
                .query(rs -> {
                    var target = "organiser".equals(rs.getString("role")) ? organisers : participants;
                    target.computeIfAbsent(rs.getLong("event_id"), k -> new ArrayList<>()).add(party(rs));
                });
        Map<Long, Set<String>> topics = new HashMap<>();
        jdbc.sql("SELECT event_id, topic FROM event_topics WHERE event_id IN (" + ids + ")")
                .params(where.params())
                .query(rs -> {
                    topics.computeIfAbsent(rs.getLong("event_id"), k -> new java.util.HashSet<>())
                            .add(rs.getString("topic"));
                });
        Map<Long, List<EventRecord.Resolution>> resolutions = new HashMap<>();
        jdbc.sql("SELECT event_id, resolution_number, resolution_year FROM event_resolutions "
                        + "WHERE event_id IN (" + ids + ") ORDER BY event_id, resolution_number")
                .params(where.params())
                .query(rs -> {
                    resolutions.computeIfAbsent(rs.getLong("event_id"), k -> new ArrayList<>())
                            .add(new EventRecord.Resolution(rs.getInt("resolution_number"),
                                    rs.getInt("resolution_year")));
                });
        return jdbc.sql("""
                SELECT e.id, e.slug, e.title, e.kind, e.start_date, e.end_date, e.venue_text, e.venue_city,
                    e.venue_country FROM events e""" + where.sql() + " ORDER BY " + query.sort().orderBy())
                .params(where.params())
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    return new EventRecord(rs.getString("slug"), rs.getString("title"), rs.getString("kind"),
                            rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                            rs.getString("venue_text"), rs.getString("venue_city"), rs.getString("venue_country"),
                            organisers.getOrDefault(id, List.of()), participants.getOrDefault(id, List.of()),
                            inVocabularyOrder(topics.getOrDefault(id, Set.of())),
                            resolutions.getOrDefault(id, List.of()));
                })
                .list();
    }

    private static EventRecord.Party party(ResultSet rs) throws SQLException {
        String type = rs.getString("party_type");
        String id = switch (type) {
            case "state" -> rs.getString("state_code");
            case "organisation" -> rs.getString("organisation_id");
            default -> null;
        };
        return new EventRecord.Party(type, id, rs.getString("name"));
    }

    static List<String> inVocabularyOrder(Set<String> topics) {
        return Arrays.stream(Topic.values()).map(Topic::json).filter(topics::contains).toList();
    }

    /** The WHERE clause of a query over the events table {@code e}, and its parameters. */
    record Where(String sql, Map<String, Object> params) {
        static Where of(EventQuery query) {
            var conditions = new ArrayList<String>();
            var params = new LinkedHashMap<String, Object>();
            if (query.from() != null) {
                conditions.add("e.start_date >= :fromDate");
                params.put("fromDate", LocalDate.of(query.from(), 1, 1));
            }
            if (query.to() != null) {
                conditions.add("e.start_date < :toDate");
                params.put("toDate", LocalDate.of(query.to() + 1, 1, 1));
            }
            if (!query.regionStates().isEmpty()) {
                conditions.add("(e.venue_country IN (:regionStates) OR EXISTS (SELECT 1 FROM event_parties rp "
                        + "WHERE rp.event_id = e.id AND rp.state_code IN (:regionStates)))");
                params.put("regionStates", query.regionStates().stream().map(StateCode::value)
                        .collect(Collectors.toList()));
            }
            if (query.state() != null) {
                conditions.add("(e.venue_country = :state OR EXISTS (SELECT 1 FROM event_parties sp "
                        + "WHERE sp.event_id = e.id AND sp.state_code = :state))");
                params.put("state", query.state().value());
            }
            if (query.organisation() != null) {
                conditions.add("EXISTS (SELECT 1 FROM event_parties op "
                        + "WHERE op.event_id = e.id AND op.organisation_id = :organisation)");
                params.put("organisation", query.organisation().value());
            }
            if (query.topic() != null) {
                conditions.add("EXISTS (SELECT 1 FROM event_topics t WHERE t.event_id = e.id AND t.topic = :topic)");
                params.put("topic", query.topic().json());
            }
            if (query.kind() != null) {
                conditions.add("e.kind = :kind");
                params.put("kind", query.kind().json());
            }
            return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
        }
    }
}
