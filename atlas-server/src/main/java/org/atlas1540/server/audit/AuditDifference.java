package org.atlas1540.server.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The difference between a record before and after a change, field by field: the JSON of each side
 * is flattened (nested fields as {@code parent.child}, lists as their JSON), and each field is added,
 * removed, changed or unchanged.
 */
final class AuditDifference {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AuditDifference() {
    }

    /** One field of the difference; {@code before} or {@code after} is null when the field was not there. */
    record FieldChange(String field, String before, String after, String change) {
        public boolean changed() {
            return !"unchanged".equals(change);
        }
    }

    static List<FieldChange> of(String beforeJson, String afterJson) {
        Map<String, String> before = flattened(beforeJson);
        Map<String, String> after = flattened(afterJson);
        var fields = new LinkedHashSet<String>(before.keySet());
        fields.addAll(after.keySet());
        var changes = new ArrayList<FieldChange>();
        for (String field : fields) {
            String was = before.get(field);
            String is = after.get(field);
            String change = !before.containsKey(field) ? "added" : !after.containsKey(field) ? "removed"
                    : java.util.Objects.equals(was, is) ? "unchanged" : "changed";
            changes.add(new FieldChange(field, was, is, change));
        }
        return changes;
    }

    /** The fields that differ, by name, for a one-line summary. */
    static List<String> changedFields(String beforeJson, String afterJson) {
        return of(beforeJson, afterJson).stream().filter(FieldChange::changed).map(FieldChange::field).toList();
    }

    private static Map<String, String> flattened(String json) {
        var fields = new LinkedHashMap<String, String>();
        if (json == null || json.isBlank()) {
            return fields;
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (RuntimeException e) {
            fields.put("(text)", json);
            return fields;
        }
        flatten("", root, fields);
        return fields;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> fields) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), fields);
            }
        } else {
            fields.put(prefix.isEmpty() ? "(value)" : prefix, node.isNull() ? "" : node.isString() ? node.asString()
                    : node.toString());
        }
    }
}
