package org.atlas1540.server.account;

import java.time.Instant;

/**
 * An API token as stored: its label and dates, never the token (only its SHA-256 is kept, and not shown).
 *
 * @param revokedAt when it stopped working; null while it works
 */
public record ApiToken(long id, String label, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
