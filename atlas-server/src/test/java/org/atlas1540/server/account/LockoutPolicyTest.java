package org.atlas1540.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LockoutPolicyTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @ParameterizedTest(name = "{0} failures before, locked until {1}: then {2} failures, locked until {3}")
    @CsvSource(nullValues = "-", value = {
            // failures so far, locked until      -> failures after, locked until after
            "0, -,                    1, -",
            "3, -,                    4, -",
            "4, -,                    0, 2026-11-23T10:15:00Z",
            "0, 2026-11-23T10:05:00Z, 0, 2026-11-23T10:05:00Z",   // locked: a failure does not extend the lock
            "0, 2026-11-23T09:59:00Z, 1, -",                      // a lock that has ended counts from the start
    })
    void aFailureCountsUntilTheFifthLocksForFifteenMinutes(int before, Instant lockedUntil, int after,
            Instant lockedAfter) {
        var account = new Account(1, "ana", Role.EDITOR, true, before, lockedUntil, NOW.minusSeconds(3600), 0);

        var failures = LockoutPolicy.afterFailure(account, NOW);

        assertThat(failures.count()).isEqualTo(after);
        assertThat(failures.lockedUntil()).isEqualTo(lockedAfter);
    }
}
