package org.atlas1540.server.web;

import java.util.List;

/**
 * Values of a form or a request body that cannot be used; nothing was stored. A page catches it and
 * shows each message beside its field; on the API it is a 400 problem detail with an {@code errors}
 * list ({@link ApiProblems}, {@link Problems}).
 */
public final class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient FieldProblems problems;

    public InvalidInputException(FieldProblems problems) {
        super(summary(problems.all()));
        this.problems = problems;
    }

    public InvalidInputException(List<FieldProblem> problems) {
        this(collected(problems));
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

    private static FieldProblems collected(List<FieldProblem> list) {
        var problems = new FieldProblems();
        list.forEach(p -> problems.add(p.field(), p.message()));
        return problems;
    }

    private static String summary(List<FieldProblem> all) {
        if (all.isEmpty()) {
            return "invalid input";
        }
        return all.size() == 1 ? all.get(0).message()
                : all.size() + " values cannot be used: " + String.join(" ", all.stream()
                        .map(FieldProblem::message).toList());
    }
}
