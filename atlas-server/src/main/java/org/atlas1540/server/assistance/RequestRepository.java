package org.atlas1540.server.assistance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.atlas1540.reference.StateCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The SQL of requests and their transitions, for H2 and PostgreSQL. Every read takes an {@link
 * Audience}: for the public, requests without the State's consent to publication do not exist.
 */
@Repository
class RequestRepository {
    private static final String COLUMNS = "r.id, r.state_code, r.area, r.needs, r.received_on, r.source_event_slug, "
            + "r.source_fact_position, r.source_text, r.publication_consent, r.status, r.acknowledged_on, "
            + "r.created_at, r.updated_at, r.version";

    private final JdbcClient jdbc;

    RequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    AssistanceRequestId insert(NewRequest request, OffsetDateTime now) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO assistance_requests (state_code, area, needs, received_on, source_event_slug,
                    source_fact_position, source_text, publication_consent, status, created_at, updated_at, version)
                VALUES (:state, :area, :needs, :received, :slug, :fact, :text, :consent, :status, :now, :now, 0)""")
                .params(columns(request))
                .param("status", RequestLifecycle.initial().slug())
                .param("now", now)
                .update(key, "id");
        return new AssistanceRequestId(key.getKeyAs(Number.class).longValue());
    }

    /** @return false when the row is not at {@code version} any more (someone else saved first) */
    boolean update(AssistanceRequestId id, int version, NewRequest request, OffsetDateTime now) {
        return jdbc.sql("""
                UPDATE assistance_requests SET state_code = :state, area = :area, needs = :needs,
                    received_on = :received, source_event_slug = :slug, source_fact_position = :fact,
                    source_text = :text, publication_consent = :consent, updated_at = :now, version = version + 1
                WHERE id = :id AND version = :version""")
                .params(columns(request))
                .param("now", now)
                .param("id", id.value())
                .param("version", version)
                .update() == 1;
    }

    /** @return false when the row is not at {@code version} in status {@code from} any more */
    boolean changeStatus(AssistanceRequestId id, int version, RequestStatus from, RequestStatus to,
            LocalDate acknowledgedOn, OffsetDateTime now) {
        // Two statements rather than a COALESCE of a parameter: PostgreSQL cannot type a null parameter there.
        var update = acknowledgedOn == null
                ? jdbc.sql("UPDATE assistance_requests SET status = :to, updated_at = :now, version = version + 1 "
                        + "WHERE id = :id AND version = :version AND status = :from")
                : jdbc.sql("UPDATE assistance_requests SET status = :to, acknowledged_on = :acknowledged, "
                        + "updated_at = :now, version = version + 1 "
                        + "WHERE id = :id AND version = :version AND status = :from")
                        .param("acknowledged", acknowledgedOn);
        return update
                .param("to", to.slug())
                .param("now", now)
                .param("id", id.value())
                .param("version", version)
                .param("from", from.slug())
                .update() == 1;
    }

    void addTransition(AssistanceRequestId id, RequestStatus from, RequestStatus to, String actor,
            OffsetDateTime at) {
        int next = jdbc.sql("SELECT COALESCE(MAX(position), 0) + 1 FROM assistance_request_transitions "
                        + "WHERE request_id = :id")
                .param("id", id.value()).query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO assistance_request_transitions (request_id, position, from_status, to_status, actor,
                    transitioned_at)
                VALUES (:id, :position, :from, :to, :actor, :at)""")
                .param("id", id.value())
                .param("position", next)
                .param("from", from == null ? null : from.slug())
                .param("to", to.slug())
                .param("actor", actor)
                .param("at", at)
                .update();
    }

    List<RequestTransition> transitions(AssistanceRequestId id) {
        return jdbc.sql("""
                SELECT position, from_status, to_status, actor, transitioned_at FROM assistance_request_transitions
                WHERE request_id = :id ORDER BY position""")
                .param("id", id.value())
                .query((rs, n) -> new RequestTransition(rs.getInt("position"),
                        rs.getString("from_status") == null ? null : status(rs.getString("from_status")),
                        status(rs.getString("to_status")), rs.getString("actor"),
                        rs.getObject("transitioned_at", OffsetDateTime.class)))
                .list();
    }

    Optional<AssistanceRequest> find(AssistanceRequestId id, Audience audience) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assistance_requests r WHERE r.id = :id" + visibleTo(audience))
                .param("id", id.value())
                .query(RequestRepository::request)
                .optional();
    }

    /** Another request of the same State in the same area received the same day; {@code except} is the one edited. */
    boolean sameRequestExists(NewRequest request, AssistanceRequestId except) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM assistance_requests
                WHERE state_code = :state AND area = :area AND received_on = :received AND id <> :except""")
                .param("state", request.state().value())
                .param("area", request.area().id())
                .param("received", request.receivedOn())
                .param("except", except == null ? 0L : except.value())
                .query(Long.class).single() > 0;
    }

    /** The request already made from this fact, if any; {@code except} is the one edited. */
    Optional<AssistanceRequestId> fromSameFact(RequestSource source, AssistanceRequestId except) {
        if (!source.isFact()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT id FROM assistance_requests
                WHERE source_event_slug = :slug AND source_fact_position = :fact AND id <> :except""")
                .param("slug", source.eventSlug())
                .param("fact", source.factNumber())
                .param("except", except == null ? 0L : except.value())
                .query((rs, n) -> new AssistanceRequestId(rs.getLong("id")))
                .optional();
    }

    /** The requests the filter selects that the audience may see, newest received first. */
    List<AssistanceRequest> list(RequestFilter filter, Audience audience, long offset, int limit) {
        var where = new Where(filter, audience);
        return jdbc.sql("SELECT " + COLUMNS + " FROM assistance_requests r WHERE 1 = 1" + where.sql
                        + " ORDER BY r.received_on DESC, r.id DESC LIMIT :limit OFFSET :offset")
                .params(where.params)
                .param("limit", limit)
                .param("offset", offset)
                .query(RequestRepository::request)
                .list();
    }

    long count(RequestFilter filter, Audience audience) {
        var where = new Where(filter, audience);
        return jdbc.sql("SELECT COUNT(*) FROM assistance_requests r WHERE 1 = 1" + where.sql)
                .params(where.params)
                .query(Long.class).single();
    }

    /** How many requests the audience may see were received in each year, for the annual report. */
    Map<Integer, Long> receivedByYear(Audience audience) {
        var counts = new LinkedHashMap<Integer, Long>();
        jdbc.sql("SELECT r.received_on FROM assistance_requests r WHERE 1 = 1" + visibleTo(audience))
                .query((rs, n) -> rs.getObject("received_on", LocalDate.class).getYear())
                .list()
                .forEach(year -> counts.merge(year, 1L, Long::sum));
        return counts;
    }

    /** The requests learned from an event that the audience may see, in the order they were recorded. */
    List<AssistanceRequest> fromEvent(String slug, Audience audience) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assistance_requests r WHERE r.source_event_slug = :slug"
                        + visibleTo(audience) + " ORDER BY r.id")
                .param("slug", slug)
                .query(RequestRepository::request)
                .list();
    }

    private static String visibleTo(Audience audience) {
        return audience.seesRestricted() ? "" : " AND r.publication_consent = TRUE";
    }

    private static Map<String, Object> columns(NewRequest request) {
        var columns = new LinkedHashMap<String, Object>();
        columns.put("state", request.state().value());
        columns.put("area", request.area().id());
        columns.put("needs", request.needs());
        columns.put("received", request.receivedOn());
        columns.put("slug", request.source().eventSlug());
        columns.put("fact", request.source().factNumber());
        columns.put("text", request.source().text());
        columns.put("consent", request.publicationConsent());
        return columns;
    }

    private static AssistanceRequest request(ResultSet rs, int row) throws SQLException {
        String slug = rs.getString("source_event_slug");
        var source = slug != null ? RequestSource.fact(slug, rs.getInt("source_fact_position"))
                : RequestSource.text(rs.getString("source_text"));
        return new AssistanceRequest(new AssistanceRequestId(rs.getLong("id")), StateCode.of(rs.getString("state_code")),
                AssistanceArea.parse(rs.getString("area")), rs.getString("needs"),
                rs.getObject("received_on", LocalDate.class), source, rs.getBoolean("publication_consent"),
                status(rs.getString("status")), rs.getObject("acknowledged_on", LocalDate.class),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class),
                rs.getInt("version"));
    }

    private static RequestStatus status(String slug) {
        return RequestStatus.fromSlug(slug).orElseThrow(() -> new IllegalStateException("unknown status " + slug));
    }

    /** The conditions of a filter and an audience, with their parameters. */
    private static final class Where {
        final StringBuilder sql = new StringBuilder();
        final Map<String, Object> params = new LinkedHashMap<>();

        Where(RequestFilter filter, Audience audience) {
            sql.append(visibleTo(audience));
            if (filter.status() != null) {
                sql.append(" AND r.status = :status");
                params.put("status", filter.status().slug());
            }
            if (filter.state() != null) {
                sql.append(" AND r.state_code = :state");
                params.put("state", filter.state().value());
            }
            if (filter.area() != null) {
                sql.append(" AND r.area = :area");
                params.put("area", filter.area().id());
            }
            if (filter.states() != null) {
                if (filter.states().isEmpty()) {
                    sql.append(" AND 1 = 0");
                } else {
                    sql.append(" AND r.state_code IN (:states)");
                    params.put("states", new ArrayList<>(filter.states().stream().map(StateCode::value).toList()));
                }
            }
            if (filter.openOnly()) {
                sql.append(" AND r.status NOT IN ('fulfilled', 'closed', 'withdrawn')");
            }
        }
    }
}
