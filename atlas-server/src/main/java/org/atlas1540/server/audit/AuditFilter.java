package org.atlas1540.server.audit;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Which entries of the audit log to show; null parts select everything.
 *
 * @param from first day (UTC) of the changes shown
 * @param to   last day (UTC) of the changes shown, included
 */
public record AuditFilter(String recordType, String recordId, String actor, LocalDate from, LocalDate to) {
    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);

    /** The SQL condition (after WHERE) and its parameters, in order. */
    Condition condition() {
        var clauses = new ArrayList<String>();
        var params = new ArrayList<Object>();
        clauses.add("1 = 1");
        if (recordType != null) {
            clauses.add("record_type = ?");
            params.add(recordType);
        }
        if (recordId != null) {
            clauses.add("record_id = ?");
            params.add(recordId);
        }
        if (actor != null) {
            clauses.add("actor = ?");
            params.add(actor);
        }
        if (from != null) {
            clauses.add("at >= ?");
            params.add(from.atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (to != null) {
            clauses.add("at < ?");
            params.add(to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        return new Condition(String.join(" AND ", clauses), params);
    }

    record Condition(String sql, List<Object> params) {
    }
}
