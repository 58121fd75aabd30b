package org.atlas1540.server.audit;

import java.time.Instant;

/**
 * One change, as logged.
 *
 * @param recordType what kind of record changed ("assistance-request", "account", ...)
 * @param recordId   its id, as in its address
 * @param action     what was done ("created", "updated", "acknowledged", ...)
 * @param beforeJson the record before the change, as JSON; null when it was created
 * @param afterJson  the record after the change, as JSON; null when it was removed
 */
public record AuditEntry(long id, Instant at, String actor, String recordType, String recordId, String action,
        String beforeJson, String afterJson) {
}
