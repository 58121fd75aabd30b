package org.atlas1540.server.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Turns a stored fact's JSON payload into label and value pairs for its page. */
final class FactDetails {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Shown elsewhere on the page (the type as the heading, the span as the marked sentence). */
    private static final Set<String> NOT_DETAILS = Set.of("type", "span");
    private static final Map<String, String> LABELS = Map.of(
            "state", "State",
            "status", "Status",
            "link", "Link",
            "startDate", "Start date",
            "endDate", "End date",
            "needs", "Needs",
            "areas", "Areas");

    private FactDetails() {
    }

    static List<FactView.Detail> of(String payload) {
        JsonNode root = JSON.readTree(payload);
        var details = new ArrayList<FactView.Detail>();
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            if (NOT_DETAILS.contains(field.getKey())) {
                continue;
            }
            String value = text(field.getValue());
            if (!value.isEmpty()) {
                details.add(new FactView.Detail(label(field.getKey()), value));
            }
        }
        return details;
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return "";
        }
        if (node.isArray()) {
            var parts = new ArrayList<String>();
            node.values().forEach(v -> parts.add(text(v)));
            return String.join("; ", parts);
        }
        if (node.isObject()) {
            JsonNode text = node.get("text");
            return text == null ? node.toString() : text(text);
        }
        return node.asString();
    }

    private static String label(String key) {
        String known = LABELS.get(key);
        if (known != null) {
            return known;
        }
        String words = key.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
