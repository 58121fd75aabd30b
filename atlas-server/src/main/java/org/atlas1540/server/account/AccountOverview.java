package org.atlas1540.server.account;

import java.time.Instant;

/**
 * An account as the administrator's list shows it.
 *
 * @param lastTokenUse when one of its API tokens was last used; null when never
 */
public record AccountOverview(Account account, Instant lastTokenUse) {
}
