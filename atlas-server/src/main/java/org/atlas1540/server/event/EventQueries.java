package org.atlas1540.server.event;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.atlas1540.notes.Topic;
import org.atlas1540.server.web.ListPage;
import org.atlas1540.server.web.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind the API's and the exports' lists of events: a page of them, or all that a filter selects. */
@Repository
class EventQueries {
    private final JdbcClient jdbc;

    EventQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of the events a filter selects, in its order; the filter's page, {@code size} long. */
    ListPage<EventSummary> page(EventFilter filter, int size) {
        EventConditions where = EventConditions.of(filter);
        var paging = new PageRequest(filter.page(), size);
        long total = jdbc.sql("SELECT COUNT(*) FROM events e" + where.where()).params(where.params())
                .query(Long.class).single();
        List<EventSummary> items = jdbc.sql("""
                SELECT e.slug, e.title, e.kind, e.start_date, e.end_date, e.venue_text, e.venue_city, e.venue_country,
                    (SELECT COUNT(DISTINCT p.state_code) FROM event_parties p
                     WHERE p.event_id = e.id AND p.role = 'participant' AND p.party_type = 'state') AS state_count
                FROM events e""" + where.where() + " ORDER BY " + filter.sort().orderBy()
                        + " LIMIT :limit OFFSET :offset")
                .params(where.params())
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query((rs, n) -> new EventSummary(rs.getString("slug"), rs.getString("title"), rs.getString("kind"),
                        rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                        rs.getString("venue_text"), rs.getString("venue_city"), rs.getString("venue_country"),
                        rs.getInt("state_count")))
                .list();
        return new ListPage<>(items, paging.number(), paging.size(), total);
    }

    /** Every event the filter selects (its page aside), in its order, with parties, topics and resolutions. */
    List<EventRecord> all(EventFilter filter) {
        EventConditions where = EventConditions.of(filter);
        String ids = "SELECT e.id FROM events e" + where.where();
        Map<Long, List<EventRecord.Party>> organisers = new HashMap<>();
        Map<Long, List<EventRecord.Party>> participants = new HashMap<>();
        jdbc.sql("SELECT event_id, role, party_type, state_code, organisation_id, name FROM event_parties "
                        + "WHERE event_id IN (" + ids + ") AND role IN ('organiser', 'participant') "
                        // the lists as the note gives them; host, speaker and remote rows repeat their parties
                        + "ORDER BY event_id, role, position")
                .params(where.params())
                .query(rs -> {
                    var target = "organiser".equals(rs.getString("role")) ? organisers : participants;
                    target.computeIfAbsent(rs.getLong("event_id"), k -> new ArrayList<>()).add(party(rs));
                });
        Map<Long, Set<String>> topics = new HashMap<>();
        jdbc.sql("SELECT event_id, topic FROM event_topics WHERE event_id IN (" + ids + ")")
                .params(where.params())
                .query(rs -> {
                    topics.computeIfAbsent(rs.getLong("event_id"), k -> new HashSet<>())
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
                    e.venue_country FROM events e""" + where.where() + " ORDER BY " + filter.sort().orderBy())
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
}
