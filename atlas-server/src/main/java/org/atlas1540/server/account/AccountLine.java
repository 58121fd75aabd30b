package org.atlas1540.server.account;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** An account as the administrator's pages show it: dates as text in UTC, "never" or empty when absent. */
record AccountLine(String username, String role, boolean enabled, boolean locked, String lockedUntil,
        int failedSignIns, String created, String lastTokenUse, int version) {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    static AccountLine of(Account account, Instant lastTokenUse, Instant now) {
        boolean locked = account.lockedAt(now);
        return new AccountLine(account.username(), account.role() == Role.ADMIN ? "administrator" : "editor",
                account.enabled(), locked, locked ? time(account.lockedUntil()) : "", account.failedLogins(),
                time(account.createdAt()), lastTokenUse == null ? "never" : time(lastTokenUse), account.version());
    }

    static String time(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }
}
