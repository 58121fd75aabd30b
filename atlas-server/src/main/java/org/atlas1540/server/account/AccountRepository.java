package org.atlas1540.server.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The accounts and API tokens tables. */
@Repository
class AccountRepository {
    private static final String COLUMNS =
            "id, username, role, enabled, failed_logins, locked_until, created_at, version";

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM accounts").query(Long.class).single();
    }

    Optional<Account> find(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM accounts WHERE username = ?").param(username)
                .query(AccountRepository::account).optional();
    }

    List<Account> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM accounts ORDER BY username").query(AccountRepository::account)
                .list();
    }

    Optional<String> passwordHash(String username) {
        return jdbc.sql("SELECT password_hash FROM accounts WHERE username = ?").param(username)
                .query(String.class).optional();
    }

    boolean exists(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM accounts WHERE username = ?").param(username).query(Long.class)
                .single() > 0;
    }

    void insert(String username, Role role, String passwordHash, Instant now) {
        jdbc.sql("INSERT INTO accounts (username, password_hash, role, created_at) VALUES (?, ?, ?, ?)")
                .params(username, passwordHash, role.word(), timestamp(now)).update();
    }

    void setFailures(String username, int failedLogins, Instant lockedUntil) {
        jdbc.sql("UPDATE accounts SET failed_logins = ?, locked_until = ? WHERE username = ?")
                .params(failedLogins, lockedUntil == null ? null : timestamp(lockedUntil), username).update();
    }

    void insertToken(long accountId, String label, String tokenSha256, Instant now) {
        jdbc.sql("INSERT INTO api_tokens (account_id, label, token_sha256, created_at) VALUES (?, ?, ?, ?)")
                .params(accountId, label, tokenSha256, timestamp(now)).update();
    }

    /** The account that holds a token that has not been revoked. */
    Optional<Account> accountOfToken(String tokenSha256) {
        return jdbc.sql("SELECT a.id, a.username, a.role, a.enabled, a.failed_logins, a.locked_until, a.created_at, "
                        + "a.version FROM api_tokens t JOIN accounts a ON a.id = t.account_id "
                        + "WHERE t.token_sha256 = ? AND t.revoked_at IS NULL")
                .param(tokenSha256).query(AccountRepository::account).optional();
    }

    /**
     * Notes that a token was used now, unless it was noted less than {@code precision} ago: a program
     * that calls the API many times a second writes the row once a minute, not once per request.
     */
    void tokenUsed(String tokenSha256, Instant now, Duration precision) {
        jdbc.sql("UPDATE api_tokens SET last_used_at = ? WHERE token_sha256 = ? "
                        + "AND (last_used_at IS NULL OR last_used_at <= ?)")
                .params(timestamp(now), tokenSha256, timestamp(now.minus(precision))).update();
    }

    /** Every account with when one of its tokens was last used, by name. */
    List<AccountOverview> overview() {
        return jdbc.sql("SELECT " + COLUMNS + ", (SELECT MAX(t.last_used_at) FROM api_tokens t "
                        + "WHERE t.account_id = accounts.id) AS last_token_use FROM accounts ORDER BY username")
                .query((rs, row) -> new AccountOverview(account(rs, row), instant(rs, "last_token_use"))).list();
    }

    long enabledAdministrators() {
        return jdbc.sql("SELECT COUNT(*) FROM accounts WHERE role = ? AND enabled = TRUE").param(Role.ADMIN.word())
                .query(Long.class).single();
    }

    /** The updates below write only when the row still has the version the caller read; they return the rows changed. */
    int changeRole(String username, Role role, int version) {
        return jdbc.sql("UPDATE accounts SET role = ?, version = version + 1 WHERE username = ? AND version = ?")
                .params(role.word(), username, version).update();
    }

    int setEnabled(String username, boolean enabled, int version) {
        return jdbc.sql("UPDATE accounts SET enabled = ?, version = version + 1 WHERE username = ? AND version = ?")
                .params(enabled, username, version).update();
    }

    int unlock(String username, int version) {
        return jdbc.sql("UPDATE accounts SET failed_logins = 0, locked_until = NULL, version = version + 1 "
                        + "WHERE username = ? AND version = ?")
                .params(username, version).update();
    }

    int setPasswordHash(String username, String passwordHash, int version) {
        return jdbc.sql("UPDATE accounts SET password_hash = ?, version = version + 1 WHERE username = ? AND version = ?")
                .params(passwordHash, username, version).update();
    }

    List<ApiToken> tokens(long accountId) {
        return jdbc.sql("SELECT id, label, created_at, last_used_at, revoked_at FROM api_tokens WHERE account_id = ? "
                        + "ORDER BY id")
                .param(accountId)
                .query((rs, row) -> new ApiToken(rs.getLong("id"), rs.getString("label"), instant(rs, "created_at"),
                        instant(rs, "last_used_at"), instant(rs, "revoked_at")))
                .list();
    }

    /** Revokes a token of this account that is not revoked yet; returns the rows changed (0 or 1). */
    int revokeToken(long accountId, long tokenId, Instant now) {
        return jdbc.sql("UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND account_id = ? AND revoked_at IS NULL")
                .params(timestamp(now), tokenId, accountId).update();
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        return new Account(rs.getLong("id"), rs.getString("username"),
                Role.ofAccount(rs.getString("role")).orElseThrow(), rs.getBoolean("enabled"),
                rs.getInt("failed_logins"), instant(rs, "locked_until"), instant(rs, "created_at"), rs.getInt("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
