package org.atlas1540.server.account;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LastAdministratorRuleTest {

    @ParameterizedTest(name = "{0} changes {1} ({2}, enabled {3}) to {4}, enabled {5}, with {6} administrators: {7}")
    @CsvSource(delimiter = '|', textBlock = """
            ana  | ana | ADMIN  | true  | EDITOR | true  | 2 | role: cannot remove your own administrator role
            ana  | ana | ADMIN  | true  | ADMIN  | false | 2 | enabled: cannot disable your own account
            cli  | ana | ADMIN  | true  | EDITOR | true  | 1 | role: is the last enabled administrator
            cli  | ana | ADMIN  | true  | ADMIN  | false | 1 | enabled: is the last enabled administrator
            bob  | ana | ADMIN  | true  | EDITOR | true  | 2 | allowed
            bob  | ana | ADMIN  | true  | ADMIN  | false | 2 | allowed
            ana  | ana | ADMIN  | true  | ADMIN  | true  | 1 | allowed
            bob  | ana | EDITOR | true  | EDITOR | false | 1 | allowed
            bob  | ana | ADMIN  | false | EDITOR | false | 1 | allowed
            bob  | ana | EDITOR | true  | ADMIN  | true  | 1 | allowed
            """)
    void theRuleKeepsAnAdministratorWhoCanManageAccounts(String actor, String name, Role role, boolean enabled,
            Role newRole, boolean newEnabled, long administrators, String outcome) {
        var account = new Account(1, name, role, enabled, 0, null, Instant.EPOCH, 0);
        if (outcome.equals("allowed")) {
            assertThatCode(() -> LastAdministratorRule.check(actor, account, newRole, newEnabled, administrators))
                    .doesNotThrowAnyException();
            return;
        }
        String field = outcome.substring(0, outcome.indexOf(':'));
        assertThatThrownBy(() -> LastAdministratorRule.check(actor, account, newRole, newEnabled, administrators))
                .isInstanceOf(AccountProblem.class).hasMessageContaining(outcome.substring(field.length() + 2))
                .extracting(e -> ((AccountProblem) e).field()).isEqualTo(field);
    }
}
