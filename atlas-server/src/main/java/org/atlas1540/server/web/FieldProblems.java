package org.atlas1540.server.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The problems found in one form or request body, collected field by field so that each can be
 * shown beside its field. Bounded: a field has at most one problem (the first found).
 */
public final class FieldProblems {
    private final List<FieldProblem> problems = new ArrayList<>();

    public void add(String field, String message) {
        if (!has(field)) {
            problems.add(new FieldProblem(field, message));
        }
    }

    public boolean has(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<FieldProblem> all() {
        return List.copyOf(problems);
    }

    /** The message of each field that has a problem, by field: what a form template shows beside it. */
    public Map<String, String> byField() {
        return problems.stream().collect(Collectors.toMap(FieldProblem::field, FieldProblem::message, (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    /** Throws {@link InvalidInputException} when there is a problem. */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(all());
        }
    }

    /**
     * A required text field, trimmed: absent or blank, longer than {@code max} characters, or
     * holding control characters (other than line breaks and tabs) is a problem.
     *
     * @return the trimmed text, or null when there was a problem
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
