package org.atlas1540.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.atlas1540.server.testing.PostgresDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

@PostgresDatabase
class AuditLogOnPostgresTest extends AuditLogContract {

    @Test
    void theDatabaseRefusesToUpdateDeleteOrEmptyTheAuditLog() {
        log("plan", "SRB-9", "created");
        long id = audit.find(new AuditFilter(null, null, actor, null, null), 0, 1).get(0).id();

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_log SET actor = 'someone else' WHERE id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).rootCause()
                .hasMessageContaining("the audit log cannot be changed: UPDATE on audit_log is refused");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_log WHERE id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("DELETE on audit_log is refused");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_log").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("TRUNCATE on audit_log is refused");

        assertThat(audit.find(new AuditFilter(null, null, actor, null, null), 0, 1))
                .singleElement().satisfies(e -> assertThat(e.actor()).isEqualTo(actor));
    }
}
