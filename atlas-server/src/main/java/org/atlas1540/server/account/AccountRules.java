package org.atlas1540.server.account;

import java.util.regex.Pattern;

/** What makes a user name and a password acceptable. */
final class AccountRules {
    static final int MIN_PASSWORD_LENGTH = 12;
    static final int MAX_PASSWORD_LENGTH = 128;
    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,63}");

    private AccountRules() {
    }

    static String username(String given) {
        String name = given == null ? "" : given.strip();
        if (!USERNAME.matcher(name).matches()) {
            throw new AccountProblem("username", "A user name is 2 to 64 characters: lower-case letters, digits, "
                    + "dots, hyphens and underscores, starting with a letter; '" + abbreviated(name) + "' is not.");
        }
        return name;
    }

    static void password(char[] password) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new AccountProblem("password", "A password needs at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        if (password.length > MAX_PASSWORD_LENGTH) {
            throw new AccountProblem("password", "A password may have at most " + MAX_PASSWORD_LENGTH + " characters.");
        }
        for (char c : password) {
            if (Character.isISOControl(c)) {
                throw new AccountProblem("password", "A password cannot contain control characters (such as a tab).");
            }
        }
    }

    private static String abbreviated(String s) {
        String printable = s.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
    }
}
