package org.atlas1540.server.web;

import java.util.Objects;

/**
 * One problem in what a form or an API request gave: the field it concerns (as the form and the
 * JSON name it) and a sentence for a person that names the problem.
 */
public record FieldProblem(String field, String message) {
    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
