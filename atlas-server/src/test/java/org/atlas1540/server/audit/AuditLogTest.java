package org.atlas1540.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.atlas1540.server.testing.H2Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@H2Database
class AuditLogTest {
    @Autowired
    AuditLog audit;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anEntryNamesTheSignedInActorAndKeepsBothVersionsAsJson() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "ana", null, AuthorityUtils.createAuthorityList("ROLE_EDITOR")));
        String id = "r-" + System.nanoTime();

        transactions.executeWithoutResult(t -> audit.record("test-record", id, "updated",
                Map.of("status", "open"), Map.of("status", "done", "note", "<script>x</script>")));

        assertThat(audit.of("test-record", id)).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("ana");
            assertThat(entry.action()).isEqualTo("updated");
            assertThat(entry.beforeJson()).isEqualTo("{\"status\":\"open\"}");
            assertThat(entry.afterJson()).contains("\"status\":\"done\"").contains("<script>x</script>");
        });
        assertThat(audit.latest(0, 1)).extracting(AuditEntry::recordId).containsExactly(id);
    }

    @Test
    void withoutASignInTheActorIsAnonymous() {
        String id = "r-" + System.nanoTime();

        transactions.executeWithoutResult(t -> audit.record("test-record", id, "created", null, Map.of("a", 1)));

        assertThat(audit.of("test-record", id)).extracting(AuditEntry::actor).containsExactly("anonymous");
    }

    @Test
    void anEntryOutsideTheChangesTransactionIsRefused() {
        assertThatThrownBy(() -> audit.record("test-record", "x", "created", null, null))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void anEntryIsRolledBackWithTheChangeItDescribes() {
        String id = "r-" + System.nanoTime();

        transactions.executeWithoutResult(t -> {
            audit.record("test-record", id, "created", null, Map.of());
            t.setRollbackOnly();
        });

        assertThat(audit.of("test-record", id)).isEmpty();
    }
}
