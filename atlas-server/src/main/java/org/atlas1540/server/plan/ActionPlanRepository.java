package org.atlas1540.server.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.atlas1540.reference.StateCode;
import org.atlas1540.server.event.RecordSource;
import org.atlas1540.server.web.ListPage;
import org.atlas1540.server.web.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The SQL of the {@code action_plans} table (H2 and PostgreSQL alike). */
@Repository
class ActionPlanRepository {
    private static final String COLUMNS = "id, state_code, plan_version, status, submitted_on, document_title, "
            + "document_url, source_event_slug, source_fact_number, source_text, created_at, updated_at, version";
    private static final String ORDER = " ORDER BY state_code, plan_version DESC";

    private final JdbcClient jdbc;

    ActionPlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ActionPlanId insert(ActionPlanValues values, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO action_plans (state_code, plan_version, status, submitted_on, document_title, document_url,
                    source_event_slug, source_fact_number, source_text, created_at, updated_at, version)
                VALUES (:state, :planVersion, :status, :submittedOn, :documentTitle, :documentUrl,
                    :sourceEvent, :sourceFact, :sourceText, :now, :now, 0)""")
                .params(params(values))
                .param("now", now)
                .update(keys, "id");
        return new ActionPlanId(keys.getKey().longValue());
    }

    /** @return false when the row is not at {@code expectedVersion} (or is gone): nothing was written */
    boolean update(ActionPlanId id, int expectedVersion, ActionPlanValues values, OffsetDateTime now) {
        return jdbc.sql("""
                UPDATE action_plans SET state_code = :state, plan_version = :planVersion, status = :status,
                    submitted_on = :submittedOn, document_title = :documentTitle, document_url = :documentUrl,
                    source_event_slug = :sourceEvent, source_fact_number = :sourceFact, source_text = :sourceText,
                    updated_at = :now, version = version + 1
                WHERE id = :id AND version = :version""")
                .params(params(values))
                .param("now", now)
                .param("id", id.value())
                .param("version", expectedVersion)
                .update() == 1;
    }

    Optional<ActionPlan> find(ActionPlanId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM action_plans WHERE id = :id")
                .param("id", id.value())
                .query(ActionPlanRepository::plan)
                .optional();
    }

    /** The plan version of this State and number, other than {@code except} (null: any). */
    Optional<ActionPlanId> findVersion(StateCode state, int planVersion, ActionPlanId except) {
        return jdbc.sql("SELECT id FROM action_plans WHERE state_code = :state AND plan_version = :planVersion "
                        + "AND id <> :except")
                .param("state", state.value())
                .param("planVersion", planVersion)
                .param("except", except == null ? 0L : except.value())
                .query((rs, n) -> new ActionPlanId(rs.getLong("id")))
                .optional();
    }

    /** The plan learned from this fact, other than {@code except} (null: any). */
    Optional<ActionPlanId> findByFact(String eventSlug, int factNumber, ActionPlanId except) {
        return jdbc.sql("SELECT id FROM action_plans WHERE source_event_slug = :slug AND source_fact_number = :fact "
                        + "AND id <> :except")
                .param("slug", eventSlug)
                .param("fact", factNumber)
                .param("except", except == null ? 0L : except.value())
                .query((rs, n) -> new ActionPlanId(rs.getLong("id")))
                .optional();
    }

    /** A State's versions, the newest (highest number) first. */
    List<ActionPlan> ofState(StateCode state) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM action_plans WHERE state_code = :state ORDER BY plan_version DESC")
                .param("state", state.value())
                .query(ActionPlanRepository::plan)
                .list();
    }

    /** Each State's highest plan version. */
    Map<StateCode, ActionPlan> latestByState() {
        var latest = new LinkedHashMap<StateCode, ActionPlan>();
        jdbc.sql("SELECT " + COLUMNS + " FROM action_plans p WHERE plan_version = "
                        + "(SELECT MAX(q.plan_version) FROM action_plans q WHERE q.state_code = p.state_code)"
                        + " ORDER BY state_code")
                .query(ActionPlanRepository::plan)
                .list()
                .forEach(p -> latest.put(p.state(), p));
        return latest;
    }

    /** A page of all versions, by State code and newest version first; {@code state} and {@code status} may be null. */
    ListPage<ActionPlan> page(StateCode state, PlanStatus status, PageRequest request) {
        String where = " WHERE (:state IS NULL OR state_code = :state) AND (:status IS NULL OR status = :status)";
        long total = jdbc.sql("SELECT COUNT(*) FROM action_plans" + where)
                .param("state", state == null ? null : state.value(), java.sql.Types.VARCHAR)
                .param("status", status == null ? null : status.id(), java.sql.Types.VARCHAR)
                .query(Long.class).single();
        List<ActionPlan> items = jdbc.sql("SELECT " + COLUMNS + " FROM action_plans" + where + ORDER
                        + ", id LIMIT :limit OFFSET :offset")
                .param("state", state == null ? null : state.value(), java.sql.Types.VARCHAR)
                .param("status", status == null ? null : status.id(), java.sql.Types.VARCHAR)
                .param("limit", request.size())
                .param("offset", request.offset())
                .query(ActionPlanRepository::plan)
                .list();
        return ListPage.of(items, request, total);
    }

    /** The plan versions learned from an event, in the order they were recorded. */
    List<ActionPlan> fromEvent(String slug) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM action_plans WHERE source_event_slug = :slug ORDER BY id")
                .param("slug", slug)
                .query(ActionPlanRepository::plan)
                .list();
    }

    List<ActionPlan> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM action_plans" + ORDER + ", id")
                .query(ActionPlanRepository::plan)
                .list();
    }

    private static Map<String, Object> params(ActionPlanValues v) {
        var params = new LinkedHashMap<String, Object>();
        params.put("state", v.state().value());
        params.put("planVersion", v.planVersion());
        params.put("status", v.status().id());
        params.put("submittedOn", v.submittedOn());
        params.put("documentTitle", v.documentTitle());
        params.put("documentUrl", v.documentUrl());
        params.put("sourceEvent", v.source().eventSlug());
        params.put("sourceFact", v.source().factNumber());
        params.put("sourceText", v.source().text());
        return params;
    }

    private static ActionPlan plan(ResultSet rs, int n) throws SQLException {
        return new ActionPlan(new ActionPlanId(rs.getLong("id")), StateCode.of(rs.getString("state_code")),
                rs.getInt("plan_version"), PlanStatus.of(rs.getString("status")).orElseThrow(),
                rs.getObject("submitted_on", LocalDate.class), rs.getString("document_title"),
                rs.getString("document_url"),
                new RecordSource(rs.getString("source_event_slug"), (Integer) rs.getObject("source_fact_number",
                        Integer.class), rs.getString("source_text")),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class),
                rs.getInt("version"));
    }
}
