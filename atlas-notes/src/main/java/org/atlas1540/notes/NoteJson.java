package org.atlas1540.notes;

import java.util.List;
import org.atlas1540.reference.StateCode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link Note} as the JSON record that {@code atlas parse} prints, one object per line.
 * Field order and names are part of the contract (see the README); values a note does not give
 * are written as null, lists as empty arrays.
 */
public final class NoteJson {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private NoteJson() {
    }

    /** The note as one line of JSON. */
    public static String toJson(Note note) {
        return MAPPER.writeValueAsString(toTree(note));
    }

    /** The line for a file that could not be read: its source and the reason. */
    public static String errorJson(SourceInfo source, String error) {
        ObjectNode root = NODES.objectNode();
        root.set("source", source(source));
        root.put("error", error);
        return MAPPER.writeValueAsString(root);
    }

    public static ObjectNode toTree(Note note) {
        ObjectNode root = NODES.objectNode();
        root.set("source", source(note.source()));
        root.put("title", note.title());
        root.put("kind", note.kind().json());
        root.put("startDate", note.dates() == null ? null : note.dates().start().toString());
        root.put("endDate", note.dates() == null ? null : note.dates().end().toString());
        root.set("venue", venue(note.venue()));
        root.set("organisers", parties(note.organisers()));
        root.set("participants", parties(note.participants()));
        ArrayNode sections = root.putArray("sections");
        for (Section section : note.sections()) {
            ObjectNode s = sections.addObject();
            s.put("kind", section.kind().json());
            s.put("heading", section.heading());
            s.put("text", section.text());
            s.set("span", span(section.span()));
        }
        ArrayNode topics = root.putArray("topics");
        note.topics().forEach(t -> topics.add(t.json()));
        ArrayNode resolutions = root.putArray("resolutions");
        for (ResolutionCitation citation : note.resolutions()) {
            resolutions.addObject().put("number", citation.number()).put("year", citation.year());
        }
        strings(root.putArray("emails"), note.emails());
        strings(root.putArray("urls"), note.urls());
        ArrayNode facts = root.putArray("facts");
        note.facts().forEach(f -> facts.add(fact(f)));
        strings(root.putArray("warnings"), note.warnings());
        return root;
    }

    private static ObjectNode source(SourceInfo source) {
        ObjectNode s = NODES.objectNode();
        s.put("path", source.path());
        s.put("sha256", source.sha256());
        s.put("mediaType", source.mediaType());
        return s;
    }

    private static ObjectNode venue(Venue venue) {
        if (venue == null) {
            return null;
        }
        ObjectNode v = NODES.objectNode();
        v.put("text", venue.text());
        v.put("city", venue.city());
        v.put("country", code(venue.country()));
        return v;
    }

    private static ArrayNode parties(List<Party> parties) {
        ArrayNode array = NODES.arrayNode();
        for (Party party : parties) {
            ObjectNode p = array.addObject();
            p.put("type", party.type().json());
            p.put("id", party.id());
            p.put("name", party.name());
            p.put("mention", party.mention());
            p.set("span", span(party.span()));
            if (party.state() != null) {
                p.put("state", party.state().value());
            }
            if (party.remark() != null) {
                p.put("remark", party.remark());
            }
        }
        return array;
    }

    private static ObjectNode fact(Fact fact) {
        ObjectNode f = NODES.objectNode();
        f.put("type", fact.type());
        if (fact instanceof NationalActionPlanFact plan) {
            f.put("state", code(plan.state()));
            f.put("status", plan.status());
            f.put("link", plan.link());
        } else if (fact instanceof CountryVisitFact visit) {
            f.put("state", code(visit.state()));
            f.put("status", visit.status());
            f.put("year", visit.year());
        } else if (fact instanceof AssistanceNeedFact need) {
            f.put("state", code(need.state()));
            ArrayNode areas = f.putArray("areas");
            need.areas().forEach(a -> areas.add(a.json()));
            strings(f.putArray("needs"), need.needs());
        } else if (fact instanceof RelatedEventFact related) {
            f.put("relation", related.relation());
            f.put("title", related.title());
            f.put("startDate", related.dates() == null ? null : related.dates().start().toString());
            f.put("endDate", related.dates() == null ? null : related.dates().end().toString());
            f.set("venue", venue(related.venue()));
        } else if (fact instanceof RecommendationsFact recommendations) {
            f.put("description", recommendations.description());
            f.put("attachment", recommendations.attachment());
        }
        f.set("span", span(fact.span()));
        return f;
    }

    private static ArrayNode span(Span span) {
        return NODES.arrayNode().add(span.start()).add(span.end());
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static String code(StateCode code) {
        return code == null ? null : code.value();
    }
}
