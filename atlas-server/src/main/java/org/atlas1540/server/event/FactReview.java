package org.atlas1540.server.event;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.atlas1540.server.audit.AuditLog;
import org.atlas1540.server.web.ConcurrentEditException;
import org.atlas1540.server.web.NotFoundException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's API for the review queue: the facts the reader suggested that no one has confirmed
 * or rejected yet, and their review. A fact is confirmed when a record is made from it (the record's
 * module calls {@link #confirm}) or, for a kind of fact that makes no record, by an editor; it is
 * rejected by an editor. Each review is in the audit log.
 */
@Service
@Transactional(readOnly = true)
public class FactReview {
    /** How facts are named in the audit log: {@code slug#number}. */
    public static final String RECORD_TYPE = "fact";
    private static final String SUGGESTED = "FROM facts f JOIN events e ON e.id = f.event_id "
            + "JOIN source_documents s ON s.id = e.current_source_id WHERE f.status = 'suggested' ";

    private final JdbcClient jdbc;
    private final AuditLog audit;

    FactReview(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Suggested facts, of one type or (null) all, newest event first and in the note's order. */
    public List<QueuedFact> suggested(String type, int offset, int limit) {
        return jdbc.sql("SELECT e.slug, e.title, e.start_date, f.position, f.fact_type, f.state_code, f.payload, "
                        + EventSources.QUOTE + " AS quote " + SUGGESTED + (type == null ? "" : "AND f.fact_type = :type ")
                        + "ORDER BY e.start_date DESC NULLS LAST, e.slug, f.position "
                        + "OFFSET :offset ROWS FETCH FIRST :limit ROWS ONLY")
                .paramSource(params(type, offset, limit))
                .query(FactReview::queued)
                .list();
    }

    /** How many facts of each type wait, in the order of the most waiting. */
    public Map<String, Long> waitingByType() {
        var counts = new LinkedHashMap<String, Long>();
        jdbc.sql("SELECT f.fact_type, COUNT(*) AS n FROM facts f WHERE f.status = 'suggested' "
                        + "GROUP BY f.fact_type ORDER BY COUNT(*) DESC, f.fact_type")
                .query((rs, n) -> Map.entry(rs.getString("fact_type"), rs.getLong("n")))
                .list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    /** Marks the fact confirmed: a record was made from it, or an editor confirmed it. Confirming twice is harmless. */
    @Transactional
    public void confirm(String slug, int number, String how) {
        String before = status(slug, number);
        if ("confirmed".equals(before)) {
            return;
        }
        setStatus(slug, number, "confirmed");
        audit.record(RECORD_TYPE, slug + "#" + number, "confirmed", Map.of("status", before),
                Map.of("status", "confirmed", "how", how));
    }

    /**
     * Marks the fact rejected: the reader was wrong. Only a fact that waits can be rejected; one that
     * someone reviewed in the meantime is left as it is.
     *
     * @throws ConcurrentEditException when the fact was reviewed since the queue was shown
     */
    @Transactional
    public void reject(String slug, int number) {
        String before = status(slug, number);
        if (!"suggested".equals(before)) {
            throw new ConcurrentEditException("Fact " + number + " of this event was " + before
                    + " in the meantime, so it was not rejected.");
        }
        setStatus(slug, number, "rejected");
        audit.record(RECORD_TYPE, slug + "#" + number, "rejected", Map.of("status", before),
                Map.of("status", "rejected"));
    }

    private String status(String slug, int number) {
        return jdbc.sql("SELECT f.status FROM facts f JOIN events e ON e.id = f.event_id "
                        + "WHERE e.slug = :slug AND f.position = :position")
                .param("slug", slug).param("position", number - 1)
                .query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("fact", slug + "#" + number));
    }

    private void setStatus(String slug, int number, String status) {
        jdbc.sql("UPDATE facts SET status = :status WHERE position = :position "
                        + "AND event_id = (SELECT id FROM events WHERE slug = :slug)")
                .param("status", status).param("position", number - 1).param("slug", slug)
                .update();
    }

    private static MapSqlParameterSource params(String type, int offset,
            int limit) {
        var params = new MapSqlParameterSource()
                .addValue("offset", offset).addValue("limit", limit);
        if (type != null) {
            params.addValue("type", type);
        }
        return params;
    }

    private static QueuedFact queued(ResultSet rs, int n) throws SQLException {
        return new QueuedFact(EventSources.fact(rs, n),
                EventText.titleOrPlaceholder(rs.getString("title")),
                rs.getObject("start_date", LocalDate.class));
    }

    /** A suggested fact with the heading of its event, for the queue. */
    public record QueuedFact(SourceFact fact, String eventTitle, LocalDate eventDate) {
        /** "National action plan", "Country visit", ... */
        public String typeLabel() {
            return EventText.kindLabel(fact.type());
        }
    }
}
