package org.atlas1540.server.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.atlas1540.server.audit.AuditLog;
import org.atlas1540.server.web.ConcurrentEditException;
import org.atlas1540.server.web.NotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Making accounts and API tokens, and keeping count of failed sign-ins. */
@Service
public class Accounts {
    /** Every token starts with this, so that one found in a log or a file is recognisable. */
    static final String TOKEN_PREFIX = "atlas_";
    /** A token's "last used" is kept to the minute: at most one write per token and minute. */
    static final Duration TOKEN_USE_PRECISION = Duration.ofMinutes(1);
    /** How accounts are named in the audit log. */
    public static final String RECORD_TYPE = "account";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository repository;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final AuditLog audit;

    Accounts(AccountRepository repository, PasswordEncoder passwords, Clock clock, AuditLog audit) {
        this.repository = repository;
        this.passwords = passwords;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * Makes an account. The password is checked against the rules and kept only as a hash.
     *
     * @throws AccountProblem when the name, the role or the password is not acceptable, or the name is taken
     */
    @Transactional
    public Account add(String username, Role role, char[] password) {
        String name = AccountRules.username(username);
        if (role == null || role == Role.PUBLIC) {
            throw new AccountProblem("role", "An account is for an editor or an administrator.");
        }
        AccountRules.password(password);
        if (repository.exists(name)) {
            throw new AccountProblem("username", "There is already an account called '" + name + "'.");
        }
        repository.insert(name, role, passwords.encode(new String(password)), clock.instant());
        Account account = repository.find(name).orElseThrow();
        audit.record(RECORD_TYPE, name, "created", null, Logged.of(account));
        return account;
    }

    public Optional<Account> find(String username) {
        return repository.find(username);
    }

    public List<Account> all() {
        return repository.all();
    }

    /** No one can sign in yet. */
    public boolean none() {
        return repository.count() == 0;
    }

    /**
     * Makes an API token for an account and returns it; only its SHA-256 is kept, so this is the only
     * time it can be read.
     */
    @Transactional
    public String issueToken(String username, String label) {
        Account account = repository.find(username)
                .orElseThrow(() -> new AccountProblem("username", "There is no account called '" + username + "'."));
        String text = label == null ? "" : label.strip();
        if (text.isEmpty() || text.length() > 100) {
            throw new AccountProblem("token", "A token needs a label of 1 to 100 characters, to recognise it later.");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        repository.insertToken(account.id(), text, sha256(token), clock.instant());
        audit.record(RECORD_TYPE, account.username(), "token issued", null, new LoggedToken(text));
        return token;
    }

    /** Every account with when its tokens were last used, by name (the administrator's list). */
    public List<AccountOverview> overview() {
        return repository.overview();
    }

    /** The API tokens of an account, oldest first, revoked ones included. */
    public List<ApiToken> tokens(String username) {
        return repository.tokens(existing(username).id());
    }

    /**
     * Gives an account another role.
     *
     * @param actor   who asks (an administrator cannot remove their own administrator role)
     * @param version the account's version as the form showed it
     * @throws AccountProblem          for an unknown role or when {@link LastAdministratorRule} refuses
     * @throws ConcurrentEditException when the account was changed since it was read
     */
    @Transactional
    public Account changeRole(String actor, String username, Role role, int version) {
        Account before = current(username, version);
        if (role == null || role == Role.PUBLIC) {
            throw new AccountProblem("role", "Choose editor or administrator.");
        }
        LastAdministratorRule.check(actor, before, role, before.enabled(), repository.enabledAdministrators());
        return changed(before, version, repository.changeRole(before.username(), role, version), "role changed");
    }

    /**
     * Enables or disables an account. A disabled account cannot sign in, its sessions end at their next
     * request ({@link SignedInAccountCheck}) and its API tokens stop working.
     */
    @Transactional
    public Account setEnabled(String actor, String username, boolean enabled, int version) {
        Account before = current(username, version);
        LastAdministratorRule.check(actor, before, before.role(), enabled, repository.enabledAdministrators());
        return changed(before, version, repository.setEnabled(before.username(), enabled, version),
                enabled ? "enabled" : "disabled");
    }

    /** Ends a lockout after failed sign-ins, and starts the count of failures again. */
    @Transactional
    public Account unlock(String username, int version) {
        Account before = current(username, version);
        return changed(before, version, repository.unlock(before.username(), version), "unlocked");
    }

    /** Sets a new password (checked against the rules, kept only as a hash; the audit entry does not hold it). */
    @Transactional
    public Account setPassword(String username, char[] password, int version) {
        Account before = current(username, version);
        AccountRules.password(password);
        return changed(before, version, repository.setPasswordHash(before.username(),
                passwords.encode(new String(password)), version), "password set");
    }

    /** Revokes one of an account's tokens: from now on it gets 401. */
    @Transactional
    public void revokeToken(String username, long tokenId) {
        Account account = existing(username);
        ApiToken token = repository.tokens(account.id()).stream().filter(t -> t.id() == tokenId).findFirst()
                .orElseThrow(() -> new NotFoundException("API token of " + account.username(), Long.toString(tokenId)));
        if (repository.revokeToken(account.id(), tokenId, clock.instant()) == 0) {
            throw new AccountProblem("token", "The token '" + token.label() + "' was revoked already.");
        }
        audit.record(RECORD_TYPE, account.username(), "token revoked", new LoggedToken(token.label()), null);
    }

    private Account existing(String username) {
        return repository.find(username == null ? "" : username)
                .orElseThrow(() -> new NotFoundException("account", username));
    }

    /** The account, if it still has the version the caller read (checked before any rule, which would read newer data). */
    private Account current(String username, int version) {
        Account account = existing(username);
        if (account.version() != version) {
            throw stale(account);
        }
        return account;
    }

    /** Checks that the update was made on the version the caller read, logs it, and returns the account as it is now. */
    private Account changed(Account before, int version, int rowsChanged, String action) {
        if (before.version() != version || rowsChanged == 0) {
            throw stale(before);
        }
        Account after = repository.find(before.username()).orElseThrow();
        audit.record(RECORD_TYPE, before.username(), action, Logged.of(before), Logged.of(after));
        return after;
    }

    private static ConcurrentEditException stale(Account account) {
        return new ConcurrentEditException("Someone else changed the account '" + account.username()
                + "' since this page was shown; nothing was saved. The page now shows the account as it is: "
                + "make the change again if it is still needed.");
    }

    /** The account a token belongs to, if the token is known, not revoked, and the account may sign in. */
    @Transactional
    Optional<Account> byToken(String token) {
        if (token == null || !token.startsWith(TOKEN_PREFIX) || token.length() > 200) {
            return Optional.empty();
        }
        String hash = sha256(token);
        Optional<Account> account = repository.accountOfToken(hash)
                .filter(a -> a.enabled() && !a.lockedAt(clock.instant()));
        account.ifPresent(a -> repository.tokenUsed(hash, clock.instant(), TOKEN_USE_PRECISION));
        return account;
    }

    @Transactional
    void signInFailed(String username) {
        repository.find(username).ifPresent(account -> {
            var failures = LockoutPolicy.afterFailure(account, clock.instant());
            repository.setFailures(account.username(), failures.count(), failures.lockedUntil());
        });
    }

    @Transactional
    void signedIn(String username) {
        repository.setFailures(username, 0, null);
    }

    /** What the audit log keeps of an account: never its password or hash. */
    record Logged(String username, String role, boolean enabled, int failedSignIns, String lockedUntil) {
        static Logged of(Account account) {
            return new Logged(account.username(), account.role().word(), account.enabled(), account.failedLogins(),
                    account.lockedUntil() == null ? null : account.lockedUntil().toString());
        }
    }

    /** What the audit log keeps of a token: its label, never the token. */
    record LoggedToken(String label) {
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
