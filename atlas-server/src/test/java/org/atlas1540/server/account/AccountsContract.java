package org.atlas1540.server.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.atlas1540.server.audit.AuditLog;
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
        assertThat(locked.lockedAt(Instant.now())).isTrue();
        assertThat(locked.lockedAt(Instant.now().plus(LockoutPolicy.LOCKED_FOR).plusSeconds(5))).isFalse();
    }

    @Test
    void failuresForANameWithoutAnAccountStoreNothing() {
        accounts.signInFailed("nobody");

        assertThat(accounts.none()).isTrue();
    }
}
