package org.atlas1540.server.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The fields the reader found in a fact, in words ("status: submitted; link: https://..."), from its JSON. */
final class FactDetails {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> SHOWN_ELSEWHERE = Set.of("type", "span", "state");

    private FactDetails() {
    }

    static String of(String payload) {
        if (payload == null || payload.isBlank()) {
            return "";
        }
        JsonNode node;
        try {
            node = JSON.readTree(payload);
        } catch (RuntimeException e) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (SHOWN_ELSEWHERE.contains(field.getKey()) || field.getValue().isNull()) {
                continue;
            }
            JsonNode v = field.getValue();
            String value = v.isArray() ? joined(v) : v.isValueNode() ? v.asString() : "";
            if (!value.isBlank()) {
                parts.add(field.getKey() + ": " + value);
            }
        }
        return String.join("; ", parts);
    }

    private static String joined(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.isObject() && v.has("label") ? v.get("label").asString()
                : v.isObject() && v.has("id") ? v.get("id").asString() : v.isValueNode() ? v.asString() : ""));
        values.removeIf(String::isBlank);
        return String.join(", ", values);
    }
}
