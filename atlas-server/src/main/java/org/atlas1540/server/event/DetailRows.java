package org.atlas1540.server.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
import tools.jackson.databind.JsonNode;

/**
 * The rows of the detail tables (parties, sections, topics, resolutions, facts, warnings) of one
 * or many events, gathered first and then written with one batch per table: a few statements for
 * a whole chunk of notes, not one per row.
 */
final class DetailRows {
    private static final int MAX_WARNING = 2000;

    private final List<SqlParameterSource> parties = new ArrayList<>();
    private final List<SqlParameterSource> sections = new ArrayList<>();
    private final List<SqlParameterSource> topics = new ArrayList<>();
    private final List<SqlParameterSource> resolutions = new ArrayList<>();
    private final List<SqlParameterSource> facts = new ArrayList<>();
    private final List<SqlParameterSource> warnings = new ArrayList<>();

    /** Adds the rows of the event read from this note. */
    DetailRows add(EventId event, Note note) {
        addParties(event, "organiser", note.organisers());
        addParties(event, "participant", note.participants());
        List<PartyRoles.Role> roles = PartyRoles.of(note);
        for (String role : List.of(PartyRoles.HOST, PartyRoles.SPEAKER, PartyRoles.REMOTE)) {
            addParties(event, role, roles.stream().filter(r -> r.role().equals(role)).map(PartyRoles.Role::party)
                    .toList());
        }
        addSections(event, note.sections());
        addTopics(event, note.topics());
        addResolutions(event, note.resolutions());
        addFacts(event, note);
        addWarnings(event, note.warnings());
        return this;
    }

    /** Writes every row gathered, one batch per table. */
    void write(NamedParameterJdbcTemplate batch) {
        write(batch, """
                INSERT INTO event_parties (event_id, role, position, party_type, state_code, organisation_id,
                    unresolved_name, name, mention, national_state_code, span_start, span_end, remark)
                VALUES (:event, :role, :position, :type, :state, :organisation, :unresolved, :name, :mention,
                    :national, :start, :end, :remark)""", parties);
        write(batch, """
                INSERT INTO sections (event_id, position, kind, heading, text, span_start, span_end)
                VALUES (:event, :position, :kind, :heading, :text, :start, :end)""", sections);
        write(batch, "INSERT INTO event_topics (event_id, topic) VALUES (:event, :topic)", topics);
        write(batch, """
                INSERT INTO event_resolutions (event_id, resolution_number, resolution_year)
                VALUES (:event, :number, :year)""", resolutions);
        write(batch, """
                INSERT INTO facts (event_id, position, fact_type, state_code, payload, span_start, span_end, status)
                VALUES (:event, :position, :type, :state, :payload, :start, :end, 'suggested')""", facts);
        write(batch, "INSERT INTO event_warnings (event_id, position, message) VALUES (:event, :position, :message)",
                warnings);
    }

    private static void write(NamedParameterJdbcTemplate batch, String sql, List<SqlParameterSource> rows) {
        if (!rows.isEmpty()) {
            batch.batchUpdate(sql, rows.toArray(SqlParameterSource[]::new));
        }
    }

    private void addParties(EventId event, String role, List<Party> list) {
        for (int i = 0; i < list.size(); i++) {
            Party party = list.get(i);
            boolean state = party.type() == PartyType.STATE;
            boolean organisation = party.type() == PartyType.ORGANISATION && party.id() != null;
            parties.add(new MapSqlParameterSource()
                    .addValue("event", event.value())
                    .addValue("role", role)
                    .addValue("position", i)
                    .addValue("type", state || organisation ? party.type().json() : PartyType.UNRESOLVED.json())
                    .addValue("state", state ? party.id() : null)
                    .addValue("organisation", organisation ? party.id() : null)
                    .addValue("unresolved", state || organisation ? null : Columns.name(party.mention()))
                    .addValue("name", Columns.name(party.name() == null ? party.mention() : party.name()))
                    .addValue("mention", Columns.name(party.mention()))
                    .addValue("national", Columns.code(party.state()))
                    .addValue("start", party.span().start())
                    .addValue("end", party.span().end())
                    .addValue("remark", party.remark() == null ? null : Columns.name(party.remark())));
        }
    }

    private void addSections(EventId event, List<Section> list) {
        for (int i = 0; i < list.size(); i++) {
            Section section = list.get(i);
            sections.add(new MapSqlParameterSource()
                    .addValue("event", event.value())
                    .addValue("position", i)
                    .addValue("kind", section.kind().json())
                    .addValue("heading", Columns.name(section.heading()))
                    .addValue("text", section.text())
                    .addValue("start", section.span().start())
                    .addValue("end", section.span().end()));
        }
    }

    private void addTopics(EventId event, List<Topic> list) {
        for (Topic topic : list.stream().distinct().toList()) {
            topics.add(new MapSqlParameterSource().addValue("event", event.value()).addValue("topic", topic.json()));
        }
    }

    private void addResolutions(EventId event, List<ResolutionCitation> list) {
        var seen = new HashSet<Integer>();
        for (ResolutionCitation citation : list) {
            if (seen.add(citation.number())) {
                resolutions.add(new MapSqlParameterSource()
                        .addValue("event", event.value())
                        .addValue("number", citation.number())
                        .addValue("year", citation.year()));
            }
        }
    }

    private void addFacts(EventId event, Note note) {
        if (note.facts().isEmpty()) {
            return;
        }
        JsonNode json = NoteJson.toTree(note).get("facts");
        for (int i = 0; i < note.facts().size(); i++) {
            Fact fact = note.facts().get(i);
            facts.add(new MapSqlParameterSource()
                    .addValue("event", event.value())
                    .addValue("position", i)
                    .addValue("type", fact.type())
                    .addValue("state", Columns.code(stateOf(fact)))
                    .addValue("payload", json.get(i).toString())
                    .addValue("start", fact.span().start())
                    .addValue("end", fact.span().end()));
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

    private void addWarnings(EventId event, List<String> list) {
        for (int i = 0; i < list.size(); i++) {
            warnings.add(new MapSqlParameterSource()
                    .addValue("event", event.value())
                    .addValue("position", i)
                    .addValue("message", Columns.truncate(list.get(i), MAX_WARNING)));
        }
    }
}
