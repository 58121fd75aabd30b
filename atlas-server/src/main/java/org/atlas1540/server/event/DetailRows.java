package org.atlas1540.server.event;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
import tools.jackson.databind.JsonNode;

/**
 * The rows of the detail tables (parties, sections, topics, resolutions, facts, warnings) of one
 * or many events, gathered first and then written with one batch per table: a few statements for
 * a whole chunk of notes, not one per row. Each row is a record set on its statement by position,
 * without a map of named values per row (which cost a tenth of a bulk import's storing).
 */
final class DetailRows {
    private static final int MAX_WARNING = 2000;

    private static final String INSERT_PARTY = """
            INSERT INTO event_parties (event_id, role, position, party_type, state_code, organisation_id,
                unresolved_name, name, mention, national_state_code, span_start, span_end, remark)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_SECTION = """
            INSERT INTO sections (event_id, position, kind, heading, text, span_start, span_end)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_TOPIC = "INSERT INTO event_topics (event_id, topic) VALUES (?, ?)";
    private static final String INSERT_RESOLUTION = """
            INSERT INTO event_resolutions (event_id, resolution_number, resolution_year) VALUES (?, ?, ?)""";
    private static final String INSERT_FACT = """
            INSERT INTO facts (event_id, position, fact_type, state_code, payload, span_start, span_end, status)
            VALUES (?, ?, ?, ?, ?, ?, ?, 'suggested')""";
    private static final String INSERT_WARNING = "INSERT INTO event_warnings (event_id, position, message) VALUES (?, ?, ?)";

    private final List<PartyRow> parties = new ArrayList<>();
    private final List<SectionRow> sections = new ArrayList<>();
    private final List<TopicRow> topics = new ArrayList<>();
    private final List<ResolutionRow> resolutions = new ArrayList<>();
    private final List<FactRow> facts = new ArrayList<>();
    private final List<WarningRow> warnings = new ArrayList<>();
    private final Map<Long, Added> added = new HashMap<>();

    /** Adds the rows of the event read from this note. */
    DetailRows add(EventId event, Note note) {
        int partiesFrom = parties.size();
        int sectionsFrom = sections.size();
        int topicsFrom = topics.size();
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
        added.put(event.value(), new Added(partiesFrom, parties.size(), sectionsFrom, sections.size(), topicsFrom,
                topics.size()));
        return this;
    }

    /**
     * What {@link EventDocuments} will read back of an event added here, once its rows and its
     * events row (written from the same note, with this version as {@code updated_at}) are
     * stored: so that a bulk import's search documents need not be read back from the database.
     */
    EventDocument document(EventRef event, Note note, OffsetDateTime version) {
        Added rows = added.get(event.id().value());
        String venueCountry = note.venue() == null ? null : Columns.code(note.venue().country());
        var states = new LinkedHashSet<String>();
        if (venueCountry != null) {
            states.add(venueCountry);
        }
        var names = new LinkedHashSet<String>();
        // As EventDocuments orders them: by role, then position.
        List<PartyRow> byRole = parties.subList(rows.partiesFrom(), rows.partiesTo()).stream()
                .sorted(Comparator.comparing(PartyRow::role).thenComparingInt(PartyRow::position)).toList();
        for (PartyRow party : byRole) {
            names.add(party.name());
            names.add(party.mention());
            if (PartyType.STATE.json().equals(party.type())) {
                states.add(party.state());
            }
        }
        List<EventDocument.Section> texts = sections.subList(rows.sectionsFrom(), rows.sectionsTo()).stream()
                .map(section -> new EventDocument.Section(section.heading(), section.text())).toList();
        List<String> topicValues = topics.subList(rows.topicsFrom(), rows.topicsTo()).stream().map(TopicRow::topic)
                .sorted().toList();
        return new EventDocument(event.id(), event.slug(), note.title() == null ? null : Columns.name(note.title()),
                note.kind().json(), note.dates() == null ? null : note.dates().start(),
                note.dates() == null ? null : note.dates().end(),
                note.venue() == null ? null : Columns.name(note.venue().text()), venueCountry, texts,
                List.copyOf(names), states, topicValues, version.toInstant());
    }

    /** Writes every row gathered, one batch per table. */
    void write(JdbcTemplate jdbc) {
        write(jdbc, INSERT_PARTY, parties, (statement, row) -> {
            statement.setLong(1, row.event());
            statement.setString(2, row.role());
            statement.setInt(3, row.position());
            statement.setString(4, row.type());
            statement.setString(5, row.state());
            statement.setString(6, row.organisation());
            statement.setString(7, row.unresolved());
            statement.setString(8, row.name());
            statement.setString(9, row.mention());
            statement.setString(10, row.national());
            statement.setInt(11, row.start());
            statement.setInt(12, row.end());
            statement.setString(13, row.remark());
        });
        write(jdbc, INSERT_SECTION, sections, (statement, row) -> {
            statement.setLong(1, row.event());
            statement.setInt(2, row.position());
            statement.setString(3, row.kind());
            statement.setString(4, row.heading());
            statement.setString(5, row.text());
            statement.setInt(6, row.start());
            statement.setInt(7, row.end());
        });
        write(jdbc, INSERT_TOPIC, topics, (statement, row) -> {
            statement.setLong(1, row.event());
            statement.setString(2, row.topic());
        });
        write(jdbc, INSERT_RESOLUTION, resolutions, (statement, row) -> {
            statement.setLong(1, row.event());
            statement.setInt(2, row.number());
            statement.setInt(3, row.year());
        });
        write(jdbc, INSERT_FACT, facts, (statement, row) -> {
            statement.setLong(1, row.event());
            statement.setInt(2, row.position());
            statement.setString(3, row.type());
            statement.setString(4, row.state());
            statement.setString(5, row.payload());
            statement.setInt(6, row.start());
            statement.setInt(7, row.end());
        });
        write(jdbc, INSERT_WARNING, warnings, (statement, row) -> {
            statement.setLong(1, row.event());
            statement.setInt(2, row.position());
            statement.setString(3, row.message());
        });
    }

    private static <T> void write(JdbcTemplate jdbc, String sql, List<T> rows, ParameterizedPreparedStatementSetter<T> set) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows, rows.size(), set);
        }
    }

    private void addParties(EventId event, String role, List<Party> list) {
        for (int i = 0; i < list.size(); i++) {
            Party party = list.get(i);
            boolean state = party.type() == PartyType.STATE;
            boolean organisation = party.type() == PartyType.ORGANISATION && party.id() != null;
            parties.add(new PartyRow(event.value(), role, i,
                    state || organisation ? party.type().json() : PartyType.UNRESOLVED.json(),
                    state ? party.id() : null,
                    organisation ? party.id() : null,
                    state || organisation ? null : Columns.name(party.mention()),
                    Columns.name(party.name() == null ? party.mention() : party.name()),
                    Columns.name(party.mention()),
                    Columns.code(party.state()),
                    party.span().start(),
                    party.span().end(),
                    party.remark() == null ? null : Columns.name(party.remark())));
        }
    }

    private void addSections(EventId event, List<Section> list) {
        for (int i = 0; i < list.size(); i++) {
            Section section = list.get(i);
            sections.add(new SectionRow(event.value(), i, section.kind().json(), Columns.name(section.heading()),
                    section.text(), section.span().start(), section.span().end()));
        }
    }

    private void addTopics(EventId event, List<Topic> list) {
        for (Topic topic : list.stream().distinct().toList()) {
            topics.add(new TopicRow(event.value(), topic.json()));
        }
    }

    private void addResolutions(EventId event, List<ResolutionCitation> list) {
        var seen = new HashSet<Integer>();
        for (ResolutionCitation citation : list) {
            if (seen.add(citation.number())) {
                resolutions.add(new ResolutionRow(event.value(), citation.number(), citation.year()));
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
            facts.add(new FactRow(event.value(), i, fact.type(), Columns.code(stateOf(fact)), json.get(i).toString(),
                    fact.span().start(), fact.span().end()));
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
            warnings.add(new WarningRow(event.value(), i, Columns.truncate(list.get(i), MAX_WARNING)));
        }
    }

    /** Where the rows of one event added are in the lists: from (inclusive), to (exclusive). */
    private record Added(int partiesFrom, int partiesTo, int sectionsFrom, int sectionsTo, int topicsFrom,
            int topicsTo) {
    }

    private record PartyRow(long event, String role, int position, String type, String state, String organisation,
            String unresolved, String name, String mention, String national, int start, int end, String remark) {
    }

    private record SectionRow(long event, int position, String kind, String heading, String text, int start, int end) {
    }

    private record TopicRow(long event, String topic) {
    }

    private record ResolutionRow(long event, int number, int year) {
    }

    private record FactRow(long event, int position, String type, String state, String payload, int start, int end) {
    }

    private record WarningRow(long event, int position, String message) {
    }
}
