package org.atlas1540.server.account;

import org.atlas1540.server.web.FieldProblems;

/** A new password as a form takes it: typed twice, both the same, and acceptable to {@link AccountRules}. */
final class PasswordTwice {

    private PasswordTwice() {
    }

    /** Checks both fields; a problem is for "password" or for "confirm" (the second field). */
    static void check(String password, String confirm, FieldProblems problems) {
        try {
            AccountRules.password(password == null ? null : password.toCharArray());
        } catch (AccountProblem problem) {
            problems.add(problem.field(), problem.getMessage());
        }
        if (password != null && !password.isEmpty() && !password.equals(confirm)) {
            problems.add("confirm", "The two passwords are not the same: type the same password in both fields.");
        }
    }
}
