package org.atlas1540.server.account;

import java.time.Duration;
import java.time.Instant;

/**
 * After {@link #MAX_FAILURES} failed sign-ins in a row, an account is locked for {@link #LOCKED_FOR};
 * a successful sign-in starts the count again. A sign-in while locked fails even with the right
 * password, and does not extend the lock.
 */
final class LockoutPolicy {
    static final int MAX_FAILURES = 5;
    static final Duration LOCKED_FOR = Duration.ofMinutes(15);

    private LockoutPolicy() {
    }

    /** The failures counted and the lock after one more failure at {@code now}. */
    static Failures afterFailure(Account account, Instant now) {
        if (account.lockedAt(now)) {
            return new Failures(account.failedLogins(), account.lockedUntil());
        }
        int failures = account.failedLogins() + 1;
        if (failures >= MAX_FAILURES) {
            return new Failures(0, now.plus(LOCKED_FOR));
        }
        return new Failures(failures, null);
    }

    record Failures(int count, Instant lockedUntil) {
    }
}
