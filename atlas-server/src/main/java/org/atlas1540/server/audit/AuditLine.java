package org.atlas1540.server.audit;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** An audit entry as the pages show it: the time in UTC, and the difference of before and after. */
record AuditLine(long id, String at, String actor, String recordType, String recordId, String action,
        List<AuditDifference.FieldChange> changes, List<String> changedFields) {
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    static AuditLine of(AuditEntry entry) {
        var changes = AuditDifference.of(entry.beforeJson(), entry.afterJson());
        return new AuditLine(entry.id(), SECONDS.format(entry.at()), entry.actor(), entry.recordType(),
                entry.recordId(), entry.action(), changes,
                changes.stream().filter(AuditDifference.FieldChange::changed).map(AuditDifference.FieldChange::field)
                        .toList());
    }
}
