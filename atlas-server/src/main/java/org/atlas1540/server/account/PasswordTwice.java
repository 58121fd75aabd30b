package org.atlas1540.server.account;

/** A new password as a form takes it: typed twice, both the same, and acceptable to {@link AccountRules}. */
final class PasswordTwice {

    private PasswordTwice() {
    }

    /** Checks both fields; a problem is for "password" or for "confirm" (the second field). */
    static void check(String password, String confirm, FieldProblems problems) {
        problems.check(() -> AccountRules.password(password == null ? null : password.toCharArray()));
        if (password != null && !password.isEmpty() && !password.equals(confirm)) {
            problems.add("confirm", "The two passwords are not the same: type the same password in both fields.");
        }
    }
}
