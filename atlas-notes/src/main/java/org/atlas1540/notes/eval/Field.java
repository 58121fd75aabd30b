package org.atlas1540.notes.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * The fields that are scored, in report order, and how each turns a record into comparable keys.
 * Single-valued fields give zero or one key; set-valued fields give one key per element.
 */
enum Field {
    TITLE("title", record -> single(record.get("title"))),
    KIND("kind", record -> single(record.get("kind"))),
    START_DATE("startDate", record -> single(record.get("startDate"))),
    END_DATE("endDate", record -> single(record.get("endDate"))),
    VENUE_CITY("venue.city", record -> single(record.path("venue").get("city"))),
    VENUE_COUNTRY("venue.country", record -> single(record.path("venue").get("country"))),
    ORGANISERS("organisers", record -> each(record.get("organisers"), Field::partyKey)),
    PARTICIPANTS("participants", record -> each(record.get("participants"), Field::partyKey)),
    SECTIONS("sections", record -> each(record.get("sections"), Field::sectionKey)),
    TOPICS("topics", record -> distinct(each(record.get("topics"), Json::scalarOrEmpty))),
    RESOLUTIONS("resolutions", record -> each(record.get("resolutions"), Field::resolutionKey)),
    EMAILS("emails", record -> each(record.get("emails"), Json::scalarOrEmpty)),
    URLS("urls", record -> each(record.get("urls"), Json::scalarOrEmpty)),
    FACTS("facts", record -> each(record.get("facts"), Field::factKey));

    private final String label;
    private final Function<JsonNode, List<String>> keys;

    Field(String label, Function<JsonNode, List<String>> keys) {
        this.label = label;
        this.keys = keys;
    }

    String label() {
        return label;
    }

    /** The keys of this field in {@code record}; empty when the record is null or lacks the field. */
    List<String> keys(JsonNode record) {
        if (record == null || !record.isObject()) {
            return List.of();
        }
        return keys.apply(record);
    }

    private static List<String> single(JsonNode node) {
        String value = Json.scalar(node);
        return value == null ? List.of() : List.of(value);
    }

    private static List<String> each(JsonNode array, Function<JsonNode, String> key) {
        if (array == null || !array.isArray()) {
            return List.of();
        }
        List<String> keys = new ArrayList<>();
        for (JsonNode element : array) {
            keys.add(key.apply(element));
        }
        return keys;
    }

    private static List<String> distinct(List<String> keys) {
        return List.copyOf(new LinkedHashSet<>(keys));
    }

    /** "type:id"; for unresolved parties "unresolved:" and the mention in lower case. */
    static String partyKey(JsonNode party) {
        String type = Json.scalarOrEmpty(party.get("type"));
        String mention = Json.scalar(party.get("mention"));
        if (mention == null) {
            mention = Json.scalarOrEmpty(party.get("name"));
        }
        if ("unresolved".equals(type)) {
            return type + ":" + Json.lower(mention);
        }
        String id = Json.scalar(party.get("id"));
        return type + ":" + (id != null ? id : "(no id) " + Json.lower(mention));
    }

    /** "kind:heading". */
    static String sectionKey(JsonNode section) {
        return Json.scalarOrEmpty(section.get("kind")) + ":" + Json.scalarOrEmpty(section.get("heading"));
    }

    /** "number/year". */
    static String resolutionKey(JsonNode resolution) {
        return Json.scalarOrEmpty(resolution.get("number")) + "/" + Json.scalarOrEmpty(resolution.get("year"));
    }

    /** "type:state", or "type:" when the fact names no State. */
    static String factKey(JsonNode fact) {
        return Json.scalarOrEmpty(fact.get("type")) + ":" + Json.scalarOrEmpty(fact.get("state"));
    }
}
