package org.atlas1540.server.event;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.atlas1540.reference.ReferenceData;
import org.atlas1540.reference.StateCode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a stored fact's JSON payload into label and value pairs for its page: a State by its name,
 * linked to its page; dates as the notes write them; a web address linked only when it is http(s).
 */
final class FactDetails {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Shown elsewhere on the page (the type as the heading, the span as the marked sentence). */
    private static final Set<String> NOT_DETAILS = Set.of("type", "span", "startDate", "endDate");
    private static final Map<String, String> LABELS = Map.of(
            "state", "State",
            "status", "Status",
            "link", "Link",
            "needs", "Needs",
            "areas", "Areas");

    private FactDetails() {
    }

    static List<FactView.Detail> of(String payload) {
        JsonNode root = JSON.readTree(payload);
        var details = new ArrayList<FactView.Detail>();
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            String key = field.getKey();
            String value = text(field.getValue());
            if (NOT_DETAILS.contains(key) || value.isEmpty()) {
                continue;
            }
            details.add(switch (key) {
                case "state" -> state(value);
                case "link" -> new FactView.Detail(label(key), value, isWebAddress(value) ? value : null);
                default -> new FactView.Detail(label(key), value, null);
            });
        }
        LocalDate start = date(root.get("startDate"));
        if (start != null) {
            LocalDate end = date(root.get("endDate"));
            details.add(new FactView.Detail("Dates", EventText.dates(start, end), null));
        }
        return details;
    }

    private static FactView.Detail state(String code) {
        try {
            StateCode stateCode = StateCode.of(code);
            String name = ReferenceData.standard().states().shortNameOf(stateCode);
            return new FactView.Detail("State", name, "/states/" + stateCode.value());
        } catch (IllegalArgumentException e) {
            return new FactView.Detail("State", code, null);
        }
    }

    /** Only http and https addresses become links: a note must not be able to plant a javascript: link. */
    static boolean isWebAddress(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return (lower.startsWith("http://") || lower.startsWith("https://")) && !value.contains(" ");
    }

    private static LocalDate date(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return LocalDate.parse(node.asString());
        } catch (DateTimeParseException e) {
            return null;
        }
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
        String words = key.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
