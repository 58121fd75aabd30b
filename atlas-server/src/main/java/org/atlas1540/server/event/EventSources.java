package org.atlas1540.server.event;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's API for records kept by other modules (plans, visits, recommendations) that name an
 * event or one of its facts as their source: does it exist, what does it say, and how to show it.
 */
@Service
@Transactional(readOnly = true)
public class EventSources {
    /** The text of a fact's span, cut from its note's stored text (facts {@code f}, source documents {@code s}). */
    static final String QUOTE = "SUBSTRING(s.extracted_text, f.span_start + 1, f.span_end - f.span_start)";

    private final JdbcClient jdbc;

    EventSources(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<EventHeading> heading(String slug) {
        return jdbc.sql("SELECT slug, title, start_date, end_date FROM events WHERE slug = :slug")
                .param("slug", slug)
                .query(EventSources::heading)
                .optional();
    }

    /** The headings of these events, by slug; slugs of no event are left out. */
    public Map<String, EventHeading> headings(Collection<String> slugs) {
        var bySlug = new LinkedHashMap<String, EventHeading>();
        if (slugs.isEmpty()) {
            return bySlug;
        }
        jdbc.sql("SELECT slug, title, start_date, end_date FROM events WHERE slug IN (:slugs)")
                .param("slugs", List.copyOf(Set.copyOf(slugs)))
                .query(EventSources::heading)
                .list()
                .forEach(h -> bySlug.put(h.slug(), h));
        return bySlug;
    }

    /** Fact {@code number} (from 1) of the event, from its current note. */
    public Optional<SourceFact> fact(String slug, int number) {
        return jdbc.sql("SELECT e.slug, f.position, f.fact_type, f.state_code, f.payload, " + QUOTE + " AS quote "
                        + "FROM facts f JOIN events e ON e.id = f.event_id "
                        + "JOIN source_documents s ON s.id = e.current_source_id "
                        + "WHERE e.slug = :slug AND f.position = :position")
                .param("slug", slug)
                .param("position", number - 1)
                .query(EventSources::fact)
                .optional();
    }

    /** The event's facts of one type, in the note's order. */
    public List<SourceFact> facts(String slug, String type) {
        return jdbc.sql("SELECT e.slug, f.position, f.fact_type, f.state_code, f.payload, " + QUOTE + " AS quote "
                        + "FROM facts f JOIN events e ON e.id = f.event_id "
                        + "JOIN source_documents s ON s.id = e.current_source_id "
                        + "WHERE e.slug = :slug AND f.fact_type = :type ORDER BY f.position")
                .param("slug", slug)
                .param("type", type)
                .query(EventSources::fact)
                .list();
    }

    /** The sections of the event's note, in order. */
    public List<NoteSection> sections(String slug) {
        return jdbc.sql("SELECT x.position, x.kind, x.heading, x.text FROM sections x "
                        + "JOIN events e ON e.id = x.event_id WHERE e.slug = :slug ORDER BY x.position")
                .param("slug", slug)
                .query((rs, n) -> new NoteSection(rs.getInt("position") + 1, rs.getString("kind"),
                        rs.getString("heading"), rs.getString("text")))
                .list();
    }

    /**
     * What is wrong with a record's source, for a person: an event that does not exist, a fact it
     * does not have, or a fact of another type or about another State than the record. Empty when
     * the source can be used.
     *
     * @param factType the fact type such a record is learned from ({@code national-action-plan})
     * @param state    the record's State; null to skip that check
     */
    public Optional<SourceProblem> problemWith(RecordSource source, String factType, String state) {
        if (source.eventSlug() == null) {
            return Optional.empty();
        }
        if (heading(source.eventSlug()).isEmpty()) {
            return Optional.of(new SourceProblem(false, "There is no event '" + source.eventSlug()
                    + "'; give the slug from the event's address, such as 2013-05-09-belgrade-regional-workshop."));
        }
        if (source.factNumber() == null) {
            return Optional.empty();
        }
        Optional<SourceFact> fact = fact(source.eventSlug(), source.factNumber());
        if (fact.isEmpty()) {
            return Optional.of(new SourceProblem(true, "The event has no fact " + source.factNumber() + "."));
        }
        if (!fact.get().type().equals(factType)) {
            return Optional.of(new SourceProblem(true, "Fact " + source.factNumber() + " of the event is a "
                    + EventText.kindLabel(fact.get().type()).toLowerCase(java.util.Locale.ROOT) + ", not a "
                    + EventText.kindLabel(factType).toLowerCase(java.util.Locale.ROOT) + "."));
        }
        if (state != null && fact.get().stateCode() != null && !state.equals(fact.get().stateCode())) {
            return Optional.of(new SourceProblem(true, "Fact " + source.factNumber() + " of the event is about "
                    + fact.get().stateCode() + ", not " + state + "."));
        }
        return Optional.empty();
    }

    /** @param aboutFact whether the fact is wrong (else the event) */
    public record SourceProblem(boolean aboutFact, String message) {
    }

    private static EventHeading heading(ResultSet rs, int n) throws SQLException {
        return new EventHeading(rs.getString("slug"), rs.getString("title"),
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class));
    }

    static SourceFact fact(ResultSet rs, int n) throws SQLException {
        return new SourceFact(rs.getString("slug"), rs.getInt("position") + 1, rs.getString("fact_type"),
                rs.getString("state_code"), rs.getString("payload"), rs.getString("quote"));
    }
}
