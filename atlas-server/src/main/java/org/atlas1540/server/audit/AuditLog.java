package org.atlas1540.server.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.atlas1540.server.web.Clocks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Writes and reads the audit log. Writing joins the caller's transaction: no change without its entry. */
@Component
public class AuditLog {
    private static final String COLUMNS = "id, at, actor, record_type, record_id, action, before_json, after_json";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Logs a change made by the current viewer.
     *
     * @param before the record before the change (written as JSON); null when it is new
     * @param after  the record after the change; null when it was removed
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String recordType, String recordId, String action, Object before, Object after) {
        recordAs(currentActor(), recordType, recordId, action, before, after);
    }

    /** Logs a change made by someone other than the viewer of a request (a command line, the system). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAs(String actor, String recordType, String recordId, String action, Object before,
            Object after) {
        jdbc.sql("INSERT INTO audit_log (at, actor, record_type, record_id, action, before_json, after_json) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(Clocks.storedNow(clock),
                        actor, recordType, recordId, action, asJson(before), asJson(after))
                .update();
    }

    /** The changes to one record, oldest first. */
    public List<AuditEntry> of(String recordType, String recordId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_log WHERE record_type = ? AND record_id = ? ORDER BY id")
                .params(recordType, recordId).query(AuditLog::entry).list();
    }

    /** The latest changes to any record, newest first. */
    public List<AuditEntry> latest(int offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_log ORDER BY id DESC OFFSET ? ROWS FETCH FIRST ? ROWS ONLY")
                .params(offset, limit).query(AuditLog::entry).list();
    }

    /** The changes that a filter selects, newest first. */
    public List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
        AuditFilter.Condition where = filter.condition();
        var params = new ArrayList<>(where.params());
        params.add(offset);
        params.add(limit);
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_log WHERE " + where.sql()
                        + " ORDER BY id DESC OFFSET ? ROWS FETCH FIRST ? ROWS ONLY")
                .params(params).query(AuditLog::entry).list();
    }

    public long count(AuditFilter filter) {
        AuditFilter.Condition where = filter.condition();
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE " + where.sql()).params(where.params())
                .query(Long.class).single();
    }

    /** The kinds of record that have entries, by name. */
    public List<String> recordTypes() {
        return jdbc.sql("SELECT DISTINCT record_type FROM audit_log ORDER BY record_type").query(String.class).list();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log").query(Long.class).single();
    }

    /** The signed-in user's name (the audit log knows nothing else of accounts), or "anonymous". */
    private static String currentActor() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        return who == null || !who.isAuthenticated() || who instanceof AnonymousAuthenticationToken ? "anonymous"
                : who.getName();
    }

    private String asJson(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("record_type"), rs.getString("record_id"), rs.getString("action"),
                rs.getString("before_json"), rs.getString("after_json"));
    }
}
