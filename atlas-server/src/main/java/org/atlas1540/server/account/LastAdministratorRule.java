package org.atlas1540.server.account;

/**
 * An administrator cannot take away their own administrator role nor disable their own account, and
 * the last enabled administrator cannot lose the role or be disabled: someone must always be able to
 * manage the accounts.
 */
final class LastAdministratorRule {

    private LastAdministratorRule() {
    }

    /**
     * @param actor          who asks for the change
     * @param account        the account as it is
     * @param role           its role after the change
     * @param enabled        whether it is enabled after the change
     * @param administrators how many enabled administrators there are now
     * @throws AccountProblem naming the field ("role" or "enabled") when the change would break the rule
     */
    static void check(String actor, Account account, Role role, boolean enabled, long administrators) {
        boolean administersNow = account.role() == Role.ADMIN && account.enabled();
        boolean administersAfter = role == Role.ADMIN && enabled;
        if (!administersNow || administersAfter) {
            return;
        }
        String field = role != Role.ADMIN ? "role" : "enabled";
        if (account.username().equals(actor)) {
            throw new AccountProblem(field, role != Role.ADMIN
                    ? "You cannot remove your own administrator role: another administrator has to do it."
                    : "You cannot disable your own account: another administrator has to do it.");
        }
        if (administrators <= 1) {
            throw new AccountProblem(field, "'" + account.username() + "' is the last enabled administrator: "
                    + "make another administrator first.");
        }
    }
}
