package org.atlas1540.server.visit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
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

/** The SQL of the {@code country_visits} table (H2 and PostgreSQL alike). */
@Repository
class CountryVisitRepository {
    private static final String COLUMNS = "id, state_code, status, visit_year, start_date, end_date, source_event_slug, "
            + "source_fact_number, source_text, outcome_notes, created_at, updated_at, version";
    /** Dated visits newest first, then those with only a year (newest first), then those with neither. */
    private static final String ORDER = " ORDER BY start_date DESC NULLS LAST, "
            + "visit_year DESC NULLS LAST, id DESC";

    private final JdbcClient jdbc;

    CountryVisitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    CountryVisitId insert(CountryVisitValues values, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO country_visits (state_code, status, visit_year, start_date, end_date, source_event_slug,
                    source_fact_number, source_text, outcome_notes, created_at, updated_at, version)
                VALUES (:state, :status, :year, :startDate, :endDate, :sourceEvent, :sourceFact, :sourceText,
                    :outcomeNotes, :now, :now, 0)""")
                .params(params(values))
                .param("now", now)
                .update(keys, "id");
        return new CountryVisitId(keys.getKey().longValue());
    }

    /** @return false when the row is not at {@code expectedVersion} (or is gone): nothing was written */
    boolean update(CountryVisitId id, int expectedVersion, CountryVisitValues values, OffsetDateTime now) {
        return jdbc.sql("""
                UPDATE country_visits SET state_code = :state, status = :status, visit_year = :year,
                    start_date = :startDate, end_date = :endDate, source_event_slug = :sourceEvent,
                    source_fact_number = :sourceFact, source_text = :sourceText, outcome_notes = :outcomeNotes,
                    updated_at = :now, version = version + 1
                WHERE id = :id AND version = :version""")
                .params(params(values))
                .param("now", now)
                .param("id", id.value())
                .param("version", expectedVersion)
                .update() == 1;
    }

    Optional<CountryVisit> find(CountryVisitId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM country_visits WHERE id = :id")
                .param("id", id.value())
                .query(CountryVisitRepository::visit)
                .optional();
    }

    /** The visit to this State starting that day, other than {@code except} (null: any). */
    Optional<CountryVisitId> findStarting(StateCode state, LocalDate start, CountryVisitId except) {
        return jdbc.sql("SELECT id FROM country_visits WHERE state_code = :state AND start_date = :start "
                        + "AND id <> :except")
                .param("state", state.value())
                .param("start", start)
                .param("except", except == null ? 0L : except.value())
                .query((rs, n) -> new CountryVisitId(rs.getLong("id")))
                .optional();
    }

    /** The visit learned from this fact, other than {@code except} (null: any). */
    Optional<CountryVisitId> findByFact(String eventSlug, int factNumber, CountryVisitId except) {
        return jdbc.sql("SELECT id FROM country_visits WHERE source_event_slug = :slug AND source_fact_number = :fact "
                        + "AND id <> :except")
                .param("slug", eventSlug)
                .param("fact", factNumber)
                .param("except", except == null ? 0L : except.value())
                .query((rs, n) -> new CountryVisitId(rs.getLong("id")))
                .optional();
    }

    /** The visits learned from an event, in the order they were recorded. */
    List<CountryVisit> fromEvent(String slug) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM country_visits WHERE source_event_slug = :slug ORDER BY id")
                .param("slug", slug)
                .query(CountryVisitRepository::visit)
                .list();
    }

    List<CountryVisit> ofState(StateCode state) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM country_visits WHERE state_code = :state" + ORDER)
                .param("state", state.value())
                .query(CountryVisitRepository::visit)
                .list();
    }

    /** A page of visits, newest first; {@code state} and {@code status} may be null (any). */
    ListPage<CountryVisit> page(StateCode state, VisitStatus status, PageRequest request) {
        String where = " WHERE (:state IS NULL OR state_code = :state) AND (:status IS NULL OR status = :status)";
        long total = jdbc.sql("SELECT COUNT(*) FROM country_visits" + where)
                .param("state", state == null ? null : state.value(), Types.VARCHAR)
                .param("status", status == null ? null : status.id(), Types.VARCHAR)
                .query(Long.class).single();
        List<CountryVisit> items = jdbc.sql("SELECT " + COLUMNS + " FROM country_visits" + where + ORDER
                        + " LIMIT :limit OFFSET :offset")
                .param("state", state == null ? null : state.value(), Types.VARCHAR)
                .param("status", status == null ? null : status.id(), Types.VARCHAR)
                .param("limit", request.size())
                .param("offset", request.offset())
                .query(CountryVisitRepository::visit)
                .list();
        return ListPage.of(items, request, total);
    }

    List<CountryVisit> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM country_visits" + ORDER)
                .query(CountryVisitRepository::visit)
                .list();
    }

    private static Map<String, Object> params(CountryVisitValues v) {
        var params = new LinkedHashMap<String, Object>();
        params.put("state", v.state().value());
        params.put("status", v.status().id());
        params.put("year", v.year());
        params.put("startDate", v.startDate());
        params.put("endDate", v.endDate());
        params.put("sourceEvent", v.source().eventSlug());
        params.put("sourceFact", v.source().factNumber());
        params.put("sourceText", v.source().text());
        params.put("outcomeNotes", v.outcomeNotes());
        return params;
    }

    private static CountryVisit visit(ResultSet rs, int n) throws SQLException {
        return new CountryVisit(new CountryVisitId(rs.getLong("id")), StateCode.of(rs.getString("state_code")),
                VisitStatus.of(rs.getString("status")).orElseThrow(), rs.getObject("visit_year", Integer.class),
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                new RecordSource(rs.getString("source_event_slug"), rs.getObject("source_fact_number", Integer.class),
                        rs.getString("source_text")),
                rs.getString("outcome_notes"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getInt("version"));
    }
}
