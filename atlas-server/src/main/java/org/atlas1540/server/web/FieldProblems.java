package org.atlas1540.server.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is wrong with the values of a form or a request body, field by field, in the order found: a
 * page shows each message beside its field, the API lists them in its problem detail. One message
 * per field (the first found); nothing is stored while there is any.
 */
public final class FieldProblems {
    private final Map<String, String> byField = new LinkedHashMap<>();

    /** @param field the field's name, as in the form and the JSON body */
    public void add(String field, String message) {
        byField.putIfAbsent(field, message);
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The message for a field; null when it has none. */
    public String get(String field) {
        return byField.get(field);
    }

    public List<FieldProblem> all() {
        return byField.entrySet().stream().map(e -> new FieldProblem(e.getKey(), e.getValue())).toList();
    }

    /** Fails with {@link InvalidInputException} when there is a problem. */
    public void throwIfAny() {
        if (!isEmpty()) {
            throw new InvalidInputException(this);
        }
    }

    public record FieldProblem(String field, String message) {
    }
}
