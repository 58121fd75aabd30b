package org.atlas1540.server.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.atlas1540.server.audit.AuditLog;
import org.atlas1540.server.testing.TestClock;
import org.atlas1540.server.web.ConcurrentEditException;
import org.atlas1540.server.web.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Accounts, tokens and failed sign-ins as stored, on whichever database the subclass names. */
abstract class AccountsContract {
    private static final char[] PASSWORD = "a long enough password".toCharArray();

    @Autowired
    Accounts accounts;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    /** Names of the tests below: the audit log keeps every earlier test's entries, so each run has its own. */
    private final String suffix = Long.toString(System.nanoTime(), 36);
    private final String ana = "ana-" + suffix;
    private final String bot = "bot-" + suffix;
    private final String root = "root-" + suffix;
    private final String second = "second-" + suffix;

    @BeforeEach
    void noAccounts() {
        jdbc.sql("DELETE FROM api_tokens").update();
        jdbc.sql("DELETE FROM accounts").update();
    }

    @Test
    void anAccountIsStoredWithAHashedPasswordAndItsMakingIsInTheAuditLog() {
        String name = "ana-" + System.nanoTime();
        Account made = accounts.add(name, Role.EDITOR, PASSWORD);

        assertThat(made.username()).isEqualTo(name);
        assertThat(made.role()).isEqualTo(Role.EDITOR);
        assertThat(made.enabled()).isTrue();
        String hash = jdbc.sql("SELECT password_hash FROM accounts WHERE username = ?").param(name).query(String.class)
                .single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("a long enough password");
        assertThat(audit.of(Accounts.RECORD_TYPE, name)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("created");
            assertThat(entry.beforeJson()).isNull();
            assertThat(entry.afterJson()).contains("\"role\":\"editor\"").doesNotContain("password").doesNotContain("bcrypt");
        });
        assertThat(accounts.none()).isFalse();
    }

    @Test
    void aNameThatIsTakenIsRefusedAndTheFirstAccountIsKept() {
        accounts.add("ana", Role.EDITOR, PASSWORD);

        assertThatThrownBy(() -> accounts.add("ana", Role.ADMIN, "another long password".toCharArray()))
                .isInstanceOf(AccountProblem.class).hasMessageContaining("already an account called 'ana'");
        assertThat(accounts.find("ana")).hasValueSatisfying(a -> assertThat(a.role()).isEqualTo(Role.EDITOR));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "Ana", "ana smith", "1ana", "ana'; DROP TABLE accounts; --", "<script>"})
    void aNameOutsideTheRulesIsRefusedAndNothingIsStored(String name) {
        assertThatThrownBy(() -> accounts.add(name, Role.EDITOR, PASSWORD))
                .isInstanceOf(AccountProblem.class).hasMessageContaining("A user name is 2 to 64 characters")
                .extracting(e -> ((AccountProblem) e).field()).isEqualTo("username");
        assertThat(accounts.none()).isTrue();
    }

    @Test
    void aShortPasswordOrThePublicRoleIsRefused() {
        assertThatThrownBy(() -> accounts.add("ana", Role.EDITOR, "short".toCharArray()))
                .isInstanceOf(AccountProblem.class).hasMessageContaining("at least 12 characters");
        assertThatThrownBy(() -> accounts.add("ana", Role.PUBLIC, PASSWORD))
                .isInstanceOf(AccountProblem.class).hasMessageContaining("editor or an administrator");
        assertThat(accounts.none()).isTrue();
    }

    @Test
    void aTokenFindsItsAccountAndOnlyItsHashIsKept() {
        accounts.add("bot", Role.EDITOR, PASSWORD);

        String token = accounts.issueToken("bot", "nightly import");

        assertThat(token).startsWith("atlas_").hasSizeGreaterThan(40);
        assertThat(accounts.byToken(token)).hasValueSatisfying(a -> assertThat(a.username()).isEqualTo("bot"));
        assertThat(accounts.byToken(token + "x")).isEmpty();
        assertThat(accounts.byToken("not a token")).isEmpty();
        assertThat(jdbc.sql("SELECT token_sha256 FROM api_tokens").query(String.class).single())
                .isEqualTo(Accounts.sha256(token)).isNotEqualTo(token);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_tokens WHERE last_used_at IS NOT NULL").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aTokenInConstantUseIsNotedAsUsedOnceAMinute() {
        accounts.add("bot", Role.EDITOR, PASSWORD);
        String token = accounts.issueToken("bot", "nightly import");
        accounts.byToken(token);
        Instant first = lastUse();

        clock.advance(Duration.ofSeconds(59));
        accounts.byToken(token);
        assertThat(lastUse()).isEqualTo(first);

        clock.advance(Duration.ofSeconds(1));
        accounts.byToken(token);
        assertThat(lastUse()).isEqualTo(first.plus(Duration.ofMinutes(1)));
    }

    private Instant lastUse() {
        return accounts.overview().stream().filter(o -> o.account().username().equals("bot")).findFirst().orElseThrow()
                .lastTokenUse();
    }

    @Test
    void fiveFailedSignInsLockTheAccountAndASuccessStartsTheCountAgain() {
        accounts.add("ana", Role.EDITOR, PASSWORD);
        for (int i = 0; i < LockoutPolicy.MAX_FAILURES - 1; i++) {
            accounts.signInFailed("ana");
        }
        assertThat(accounts.find("ana").orElseThrow().failedLogins()).isEqualTo(4);
        accounts.signedIn("ana");
        assertThat(accounts.find("ana").orElseThrow().failedLogins()).isZero();

        for (int i = 0; i < LockoutPolicy.MAX_FAILURES; i++) {
            accounts.signInFailed("ana");
        }

        Account locked = accounts.find("ana").orElseThrow();
        assertThat(locked.lockedAt(clock.instant())).isTrue();
        assertThat(locked.lockedAt(clock.instant().plus(LockoutPolicy.LOCKED_FOR).plusSeconds(5))).isFalse();
    }

    @Test
    void failuresForANameWithoutAnAccountStoreNothing() {
        accounts.signInFailed("nobody");

        assertThat(accounts.none()).isTrue();
    }

    @Test
    void aChangeFromAStaleVersionIsRefusedAndNothingIsWritten() {
        Account anaAccount = accounts.add(ana, Role.EDITOR, PASSWORD);
        accounts.changeRole("boss", ana, Role.ADMIN, anaAccount.version());

        assertThatThrownBy(() -> accounts.setEnabled("boss", ana, false, anaAccount.version()))
                .isInstanceOf(ConcurrentEditException.class).hasMessageContaining("Someone else changed the account '" + ana + "'");
        assertThat(accounts.find(ana)).hasValueSatisfying(a -> {
            assertThat(a.enabled()).isTrue();
            assertThat(a.role()).isEqualTo(Role.ADMIN);
            assertThat(a.version()).isEqualTo(anaAccount.version() + 1);
        });
        assertThat(audit.of(Accounts.RECORD_TYPE, ana)).extracting(e -> e.action())
                .containsExactly("created", "role changed");
    }

    @Test
    void theLastEnabledAdministratorKeepsTheRoleAndStaysEnabled() {
        Account rootAccount = accounts.add(root, Role.ADMIN, PASSWORD);

        assertThatThrownBy(() -> accounts.changeRole("cli", root, Role.EDITOR, rootAccount.version()))
                .isInstanceOf(AccountProblem.class).hasMessageContaining("last enabled administrator");
        assertThatThrownBy(() -> accounts.setEnabled("cli", root, false, rootAccount.version()))
                .isInstanceOf(AccountProblem.class).hasMessageContaining("last enabled administrator");

        Account secondAccount = accounts.add(second, Role.ADMIN, PASSWORD);
        assertThatThrownBy(() -> accounts.setEnabled(second, second, false, secondAccount.version()))
                .isInstanceOf(AccountProblem.class).hasMessageContaining("cannot disable your own account");
        accounts.changeRole(second, root, Role.EDITOR, rootAccount.version());
        assertThat(accounts.find(root)).hasValueSatisfying(a -> assertThat(a.role()).isEqualTo(Role.EDITOR));
    }

    @Test
    void aDisabledAccountsTokensStopWorkingAndWorkAgainWhenEnabled() {
        Account botAccount = accounts.add(bot, Role.EDITOR, PASSWORD);
        String token = accounts.issueToken(bot, "nightly");

        Account disabled = accounts.setEnabled("boss", bot, false, botAccount.version());

        assertThat(accounts.byToken(token)).isEmpty();
        accounts.setEnabled("boss", bot, true, disabled.version());
        assertThat(accounts.byToken(token)).isPresent();
    }

    @Test
    void aRevokedTokenStopsWorkingAndItsRevocationIsLoggedWithoutTheToken() {
        accounts.add(bot, Role.EDITOR, PASSWORD);
        String token = accounts.issueToken(bot, "nightly");
        long id = accounts.tokens(bot).get(0).id();

        accounts.revokeToken(bot, id);

        assertThat(accounts.byToken(token)).isEmpty();
        assertThat(accounts.tokens(bot)).singleElement().satisfies(t -> assertThat(t.revokedAt()).isNotNull());
        assertThatThrownBy(() -> accounts.revokeToken(bot, id)).isInstanceOf(AccountProblem.class)
                .hasMessageContaining("revoked already");
        assertThat(audit.of(Accounts.RECORD_TYPE, bot)).extracting(e -> e.action())
                .containsExactly("created", "token issued", "token revoked");
        assertThat(audit.of(Accounts.RECORD_TYPE, bot)).allSatisfy(e -> assertThat(e.beforeJson() + " "
                + e.afterJson()).doesNotContain(token).doesNotContain(Accounts.sha256(token)));
    }

    @Test
    void unlockingAndANewPasswordAreLoggedWithoutThePasswordOrItsHash() {
        Account anaAccount = accounts.add(ana, Role.EDITOR, PASSWORD);
        for (int i = 0; i < LockoutPolicy.MAX_FAILURES; i++) {
            accounts.signInFailed(ana);
        }
        assertThat(accounts.find(ana).orElseThrow().lockedAt(clock.instant())).isTrue();

        Account unlocked = accounts.unlock(ana, anaAccount.version());
        accounts.setPassword(ana, "a brand new password".toCharArray(), unlocked.version());

        assertThat(unlocked.lockedUntil()).isNull();
        assertThat(unlocked.failedLogins()).isZero();
        String hash = jdbc.sql("SELECT password_hash FROM accounts WHERE username = '" + ana + "'").query(String.class).single();
        assertThat(audit.of(Accounts.RECORD_TYPE, ana)).extracting(e -> e.action())
                .containsExactly("created", "unlocked", "password set");
        assertThat(audit.of(Accounts.RECORD_TYPE, ana)).allSatisfy(e -> assertThat(e.beforeJson() + " "
                + e.afterJson()).doesNotContain("brand new").doesNotContain(hash).doesNotContain("bcrypt"));
        assertThatThrownBy(() -> accounts.setPassword(ana, "short".toCharArray(), unlocked.version() + 1))
                .isInstanceOf(AccountProblem.class).hasMessageContaining("at least 12 characters");
    }

    @Test
    void theOverviewGivesEachAccountTheLastUseOfItsTokens() {
        accounts.add(ana, Role.EDITOR, PASSWORD);
        accounts.add(bot, Role.EDITOR, PASSWORD);
        accounts.byToken(accounts.issueToken(bot, "nightly"));

        assertThat(accounts.overview()).extracting(o -> o.account().username()).containsExactly(ana, bot);
        assertThat(accounts.overview().get(0).lastTokenUse()).isNull();
        assertThat(accounts.overview().get(1).lastTokenUse()).isNotNull();
    }

    @Test
    void anUnknownAccountIsNotFound() {
        assertThatThrownBy(() -> accounts.unlock("nobody", 0)).isInstanceOf(NotFoundException.class);
    }
}
