package org.atlas1540.server.recommendation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.atlas1540.server.web.ListPage;
import org.atlas1540.server.web.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The SQL of the {@code recommendations} and {@code recommendation_follow_ups} tables (H2 and PostgreSQL alike). */
@Repository
class RecommendationRepository {
    private static final String COLUMNS = "id, event_slug, text, owner_name, due_on, status, source_section_number, "
            + "source_fact_number, created_at, updated_at, version";
    private static final String PENDING = "status IN ('open', 'in-progress')";
    /** Those due soonest first, then those without a date; the newest of equals first. */
    private static final String ORDER = " ORDER BY due_on NULLS LAST, id DESC";

    private final JdbcClient jdbc;

    RecommendationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    RecommendationId insert(RecommendationValues values, RecommendationStatus status, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO recommendations (event_slug, text, owner_name, due_on, status, source_section_number,
                    source_fact_number, created_at, updated_at, version)
                VALUES (:event, :text, :owner, :dueOn, :status, :section, :fact, :now, :now, 0)""")
                .params(params(values))
                .param("status", status.id())
                .param("now", now)
                .update(keys, "id");
        return new RecommendationId(keys.getKey().longValue());
    }

    /** @return false when the row is not at {@code expectedVersion} (or is gone): nothing was written */
    boolean update(RecommendationId id, int expectedVersion, RecommendationValues values, RecommendationStatus status,
            OffsetDateTime now) {
        return jdbc.sql("""
                UPDATE recommendations SET text = :text, owner_name = :owner, due_on = :dueOn, status = :status,
                    updated_at = :now, version = version + 1
                WHERE id = :id AND version = :version""")
                .params(params(values))
                .param("status", status.id())
                .param("now", now)
                .param("id", id.value())
                .param("version", expectedVersion)
                .update() == 1;
    }

    Optional<Recommendation> find(RecommendationId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM recommendations WHERE id = :id")
                .param("id", id.value())
                .query(RecommendationRepository::recommendation)
                .optional();
    }

    /** The event's recommendations, in the order they were recorded. */
    List<Recommendation> ofEvent(String eventSlug) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM recommendations WHERE event_slug = :event ORDER BY id")
                .param("event", eventSlug)
                .query(RecommendationRepository::recommendation)
                .list();
    }

    /**
     * A page of recommendations, due soonest first; each filter may be null (any).
     *
     * @param overdueOn when given, only those still to be done and due before that day
     */
    ListPage<Recommendation> page(RecommendationStatus status, String eventSlug, LocalDate overdueOn,
            PageRequest request) {
        String where = " WHERE (:status IS NULL OR status = :status) AND (:event IS NULL OR event_slug = :event)"
                + (overdueOn == null ? "" : " AND " + PENDING + " AND due_on < :today");
        long total = filtered(jdbc.sql("SELECT COUNT(*) FROM recommendations" + where), status, eventSlug, overdueOn)
                .query(Long.class).single();
        List<Recommendation> items = filtered(jdbc.sql("SELECT " + COLUMNS + " FROM recommendations" + where + ORDER
                        + " LIMIT :limit OFFSET :offset"), status, eventSlug, overdueOn)
                .param("limit", request.size())
                .param("offset", request.offset())
                .query(RecommendationRepository::recommendation)
                .list();
        return ListPage.of(items, request, total);
    }

    /** Those still to be done and due before {@code today}, the longest overdue first. */
    List<Recommendation> overdue(LocalDate today, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM recommendations WHERE " + PENDING + " AND due_on < :today"
                        + ORDER + " LIMIT :limit")
                .param("today", today)
                .param("limit", limit)
                .query(RecommendationRepository::recommendation)
                .list();
    }

    long countOverdue(LocalDate today) {
        return jdbc.sql("SELECT COUNT(*) FROM recommendations WHERE " + PENDING + " AND due_on < :today")
                .param("today", today)
                .query(Long.class).single();
    }

    List<Recommendation> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM recommendations ORDER BY event_slug, id")
                .query(RecommendationRepository::recommendation)
                .list();
    }

    long insertFollowUp(RecommendationId id, LocalDate writtenOn, String author, String text, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO recommendation_follow_ups (recommendation_id, written_on, author, text, created_at)
                VALUES (:id, :writtenOn, :author, :text, :now)""")
                .param("id", id.value())
                .param("writtenOn", writtenOn)
                .param("author", author)
                .param("text", text)
                .param("now", now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** A recommendation's follow-up, oldest first. */
    List<FollowUp> followUps(RecommendationId id) {
        return jdbc.sql("SELECT id, recommendation_id, written_on, author, text, created_at "
                        + "FROM recommendation_follow_ups WHERE recommendation_id = :id ORDER BY written_on, id")
                .param("id", id.value())
                .query((rs, n) -> new FollowUp(rs.getLong("id"), new RecommendationId(rs.getLong("recommendation_id")),
                        rs.getObject("written_on", LocalDate.class), rs.getString("author"), rs.getString("text"),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .list();
    }

    /** How many follow-up entries each recommendation has, and the date of its latest, for the CSV. */
    Map<Long, FollowUpSummary> followUpSummaries() {
        var summaries = new LinkedHashMap<Long, FollowUpSummary>();
        jdbc.sql("SELECT recommendation_id, COUNT(*) AS entries, MAX(written_on) AS latest "
                        + "FROM recommendation_follow_ups GROUP BY recommendation_id")
                .query(rs -> {
                    summaries.put(rs.getLong("recommendation_id"), new FollowUpSummary(rs.getInt("entries"),
                            rs.getObject("latest", LocalDate.class)));
                });
        return summaries;
    }

    record FollowUpSummary(int entries, LocalDate latest) {
    }

    private static JdbcClient.StatementSpec filtered(JdbcClient.StatementSpec spec, RecommendationStatus status,
            String eventSlug, LocalDate overdueOn) {
        spec = spec.param("status", status == null ? null : status.id(), Types.VARCHAR)
                .param("event", eventSlug, Types.VARCHAR);
        return overdueOn == null ? spec : spec.param("today", overdueOn);
    }

    private static Map<String, Object> params(RecommendationValues v) {
        var params = new LinkedHashMap<String, Object>();
        params.put("event", v.eventSlug());
        params.put("text", v.text());
        params.put("owner", v.owner());
        params.put("dueOn", v.dueOn());
        params.put("section", v.sectionNumber());
        params.put("fact", v.factNumber());
        return params;
    }

    private static Recommendation recommendation(ResultSet rs, int n) throws SQLException {
        return new Recommendation(new RecommendationId(rs.getLong("id")), rs.getString("event_slug"),
                rs.getString("text"), rs.getString("owner_name"), rs.getObject("due_on", LocalDate.class),
                RecommendationStatus.of(rs.getString("status")).orElseThrow(),
                rs.getObject("source_section_number", Integer.class), rs.getObject("source_fact_number", Integer.class),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class),
                rs.getInt("version"));
    }
}
