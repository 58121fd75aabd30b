package org.atlas1540.server.account;

/** An account cannot be made or changed as asked: the message says why, for the person who asked. */
public final class AccountProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;

    AccountProblem(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The input that is wrong: "username", "password", "role" or "token". */
    public String field() {
        return field;
    }
}
