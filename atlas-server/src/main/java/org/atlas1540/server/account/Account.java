package org.atlas1540.server.account;

import java.time.Instant;

/**
 * A person who may sign in, as stored (without the password hash).
 *
 * @param lockedUntil when a lockout after failed sign-ins ends; null when not locked
 */
public record Account(long id, String username, Role role, boolean enabled, int failedLogins, Instant lockedUntil,
        Instant createdAt, int version) {

    /** Locked out at this moment by repeated failed sign-ins. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
