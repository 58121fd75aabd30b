package org.atlas1540.server.event;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's API for records that name a fact as their source (an assistance request read from
 * a note): whether an event has a fact at a position, and what it is.
 */
@Service
@Transactional(readOnly = true)
public class EventFacts {
    private final JdbcClient jdbc;

    EventFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param slug     the event's slug (stable across revisions of its note)
     * @param position the fact's place among the event's facts, from 1, as its page and the API number it
     */
    public Optional<SourceFact> find(String slug, int position) {
        return jdbc.sql("""
                SELECT e.slug, e.title, f.fact_type, f.state_code FROM facts f JOIN events e ON e.id = f.event_id
                WHERE e.slug = :slug AND f.position = :position""")
                .param("slug", slug)
                .param("position", position - 1)
                .query((rs, n) -> new SourceFact(rs.getString("slug"), rs.getString("title"), position,
                        rs.getString("fact_type"), rs.getString("state_code")))
                .optional();
    }

    /** @param stateCode the State the fact is about; null when it names none */
    public record SourceFact(String eventSlug, String eventTitle, int position, String type, String stateCode) {
    }
}
