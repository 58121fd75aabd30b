package org.atlas1540.notes.eval;

import java.util.Locale;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** Small helpers for reading values from JSON trees the same way on both sides. */
final class Json {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private Json() {
    }

    /** Trims and collapses runs of whitespace (including no-break spaces) to one space. */
    static String collapse(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    /**
     * The scalar at {@code node}, whitespace-collapsed; null when the node is absent, null, a
     * container or blank. A container with a {@code "value"} member (a wrapped code) gives that.
     */
    static String scalar(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (node.isObject()) {
            return scalar(node.get("value"));
        }
        if (node.isArray()) {
            return null;
        }
        String text = collapse(node.asString());
        return text.isEmpty() ? null : text;
    }

    /** The scalar at {@code node} (see {@link #scalar}), or the empty string. */
    static String scalarOrEmpty(JsonNode node) {
        String value = scalar(node);
        return value == null ? "" : value;
    }

    /** The error message of a note that failed to read; null when there is none. */
    static String error(JsonNode actual) {
        if (actual == null || !actual.isObject()) {
            return null;
        }
        return scalar(actual.get("error"));
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
