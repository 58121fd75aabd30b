package org.atlas1540.server.web;

/**
 * A change that the stored records do not allow: a duplicate of a record that exists, or a status
 * change that the record's lifecycle refuses from where it is. A page shows the message beside the
 * field named; the API answers 409 with the message ({@link ApiProblems}). Nothing is stored.
 */
public final class RecordConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * @param field   the form field the conflict is about (such as {@code planVersion} or {@code status})
     * @param message for a person: what conflicts, and what to do
     */
    public RecordConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** The conflict as a form shows it: its message beside its field. */
    public FieldProblems problems() {
        var problems = new FieldProblems();
        problems.add(field, getMessage());
        return problems;
    }
}
