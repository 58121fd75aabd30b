package org.atlas1540.server.web;

import java.util.List;

/**
 * What a form or an API request body gave cannot be stored; nothing was. Each problem names its
 * field. Forms show the messages beside the fields; the API answers 400 problem details with an
 * {@code errors} list ({@link Problems}).
 */
public final class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.isEmpty() ? "invalid input" : problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
