package org.atlas1540.server.web;

import java.util.List;

/**
 * Values of a form or a request body that cannot be used. A page catches it and shows each message
 * beside its field; on the API it is a 400 problem detail with an {@code errors} list ({@link
 * ApiProblems}).
 */
public final class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient FieldProblems problems;

    public InvalidInputException(FieldProblems problems) {
        super(summary(problems.all()));
        this.problems = problems;
    }

    /** One field's problem. */
    public static InvalidInputException of(String field, String message) {
        var problems = new FieldProblems();
        problems.add(field, message);
        return new InvalidInputException(problems);
    }

    public FieldProblems problems() {
        return problems;
    }

    private static String summary(List<FieldProblems.FieldProblem> all) {
        return all.size() == 1 ? all.get(0).message()
                : all.size() + " values cannot be used: " + String.join(" ", all.stream()
                        .map(FieldProblems.FieldProblem::message).toList());
    }
}
