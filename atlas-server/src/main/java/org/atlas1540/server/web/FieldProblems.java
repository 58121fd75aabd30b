package org.atlas1540.server.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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

    /** The message of each field that has a problem, by field: what a form template shows beside it. */
    public Map<String, String> byField() {
        return new LinkedHashMap<>(byField);
    }

    /** Fails with {@link InvalidInputException} when there is a problem. */
    public void throwIfAny() {
        if (!isEmpty()) {
            throw new InvalidInputException(this);
        }
    }

    /**
     * A text field, trimmed: absent or blank when required, longer than {@code max} characters, or
     * holding control characters (other than line breaks and tabs) is a problem.
     *
     * @return the trimmed text, or null when it is empty or there was a problem
     */
    public String text(String field, String label, String value, int max, boolean required) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            if (required) {
                add(field, label + " is required.");
            }
            return null;
        }
        if (text.length() > max) {
            add(field, label + " is " + text.length() + " characters long; at most " + max + " are allowed.");
            return null;
        }
        if (text.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            add(field, label + " contains control characters, which cannot be stored.");
            return null;
        }
        return text;
    }

    /** Parses a value with a parser that throws {@link IllegalArgumentException} with a sentence for a person. */
    public <T> T parse(String field, String value, Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            add(field, e.getMessage());
            return null;
        }
    }
}
