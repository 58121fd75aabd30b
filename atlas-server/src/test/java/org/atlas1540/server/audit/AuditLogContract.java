package org.atlas1540.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit log's filters as stored, on whichever database the subclass names. */
abstract class AuditLogContract {
    @Autowired
    AuditLog audit;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    final String actor = "actor-" + UUID.randomUUID().toString().substring(0, 8);

    void log(String type, String id, String action) {
        transactions.executeWithoutResult(t -> audit.recordAs(actor, type, id, action, Map.of("n", 1), Map.of("n", 2)));
    }

    @Test
    void theFilterSelectsByRecordTypeRecordAndActorNewestFirst() {
        log("plan", "SRB-1", "created");
        log("plan", "SRB-1", "updated");
        log("visit", "SRB-2", "created");

        var mine = new AuditFilter(null, null, actor, null, null);
        assertThat(audit.find(mine, 0, 10)).extracting(AuditEntry::action).containsExactly("created", "updated",
                "created");
        assertThat(audit.find(mine, 0, 10)).extracting(AuditEntry::recordType).containsExactly("visit", "plan", "plan");
        assertThat(audit.count(mine)).isEqualTo(3);
        assertThat(audit.find(new AuditFilter("plan", null, actor, null, null), 0, 10)).hasSize(2);
        assertThat(audit.find(new AuditFilter("plan", "SRB-1", actor, null, null), 1, 10))
                .extracting(AuditEntry::action).containsExactly("created");
        assertThat(audit.recordTypes()).contains("plan", "visit");
    }

    @Test
    void theFilterSelectsByDaysInUtcBothIncluded() {
        log("plan", "SRB-3", "created");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        assertThat(audit.count(new AuditFilter(null, null, actor, today, today))).isEqualTo(1);
        assertThat(audit.count(new AuditFilter(null, null, actor, today.plusDays(1), null))).isZero();
        assertThat(audit.count(new AuditFilter(null, null, actor, null, today.minusDays(1)))).isZero();
    }
}
