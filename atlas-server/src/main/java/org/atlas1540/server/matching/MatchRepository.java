package org.atlas1540.server.matching;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.atlas1540.reference.StateCode;
import org.atlas1540.server.assistance.AssistanceRequestId;
import org.atlas1540.server.offer.AssistanceOfferId;
import org.atlas1540.server.offer.Provider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The SQL of matches and feedback, for H2 and PostgreSQL. */
@Repository
class MatchRepository {
    private static final String COLUMNS = "id, request_id, offer_id, recipient_state, provider_key, reasons, "
            + "accepted_by, accepted_at, delivered_at";

    private final JdbcClient jdbc;

    MatchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    MatchId insert(AssistanceRequestId request, AssistanceOfferId offer, StateCode recipient, Provider provider,
            String reasons, String actor, OffsetDateTime at) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO assistance_matches (request_id, offer_id, recipient_state, provider_key, reasons,
                    accepted_by, accepted_at, version)
                VALUES (:request, :offer, :recipient, :provider, :reasons, :actor, :at, 0)""")
                .param("request", request.value())
                .param("offer", offer.value())
                .param("recipient", recipient.value())
                .param("provider", provider.key())
                .param("reasons", reasons)
                .param("actor", actor)
                .param("at", at)
                .update(key, "id");
        return new MatchId(key.getKeyAs(Number.class).longValue());
    }

    boolean exists(AssistanceRequestId request, AssistanceOfferId offer) {
        return jdbc.sql("SELECT COUNT(*) FROM assistance_matches WHERE request_id = :request AND offer_id = :offer")
                .param("request", request.value()).param("offer", offer.value())
                .query(Long.class).single() > 0;
    }

    Optional<Match> find(MatchId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assistance_matches WHERE id = :id")
                .param("id", id.value()).query(MatchRepository::match).optional();
    }

    List<Match> ofRequest(AssistanceRequestId request) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assistance_matches WHERE request_id = :request ORDER BY id")
                .param("request", request.value()).query(MatchRepository::match).list();
    }

    List<Match> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assistance_matches ORDER BY id")
                .query(MatchRepository::match).list();
    }

    /** Marks the request's matches delivered (those not yet). */
    void markDelivered(AssistanceRequestId request, OffsetDateTime at) {
        jdbc.sql("UPDATE assistance_matches SET delivered_at = :at, version = version + 1 "
                        + "WHERE request_id = :request AND delivered_at IS NULL")
                .param("at", at).param("request", request.value()).update();
    }

    /** How many of the provider's matches were delivered to one of these States. */
    long deliveredBy(Provider provider, Set<StateCode> states) {
        if (states.isEmpty()) {
            return 0;
        }
        return jdbc.sql("SELECT COUNT(*) FROM assistance_matches WHERE provider_key = :provider "
                        + "AND delivered_at IS NOT NULL AND recipient_state IN (:states)")
                .param("provider", provider.key())
                .param("states", states.stream().map(StateCode::value).toList())
                .query(Long.class).single();
    }

    long insertFeedback(MatchId match, FeedbackParty party, String givenBy, Integer rating, DeliveryOutcome outcome,
            String comments, String actor, OffsetDateTime at) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO assistance_feedback (match_id, party, given_by, rating, outcome, comments, recorded_by,
                    recorded_at)
                VALUES (:match, :party, :givenBy, :rating, :outcome, :comments, :actor, :at)""")
                .param("match", match.value())
                .param("party", party.slug())
                .param("givenBy", givenBy)
                .param("rating", rating)
                .param("outcome", outcome == null ? null : outcome.slug())
                .param("comments", comments)
                .param("actor", actor)
                .param("at", at)
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    List<Feedback> feedback(MatchId match) {
        return jdbc.sql("""
                SELECT id, match_id, party, given_by, rating, outcome, comments, recorded_by, recorded_at
                FROM assistance_feedback WHERE match_id = :match ORDER BY id""")
                .param("match", match.value())
                .query((rs, n) -> new Feedback(rs.getLong("id"), new MatchId(rs.getLong("match_id")),
                        FeedbackParty.parse(rs.getString("party")), rs.getString("given_by"),
                        (Integer) rs.getObject("rating", Integer.class), DeliveryOutcome.fromSlug(rs.getString("outcome")),
                        rs.getString("comments"), rs.getString("recorded_by"),
                        rs.getObject("recorded_at", OffsetDateTime.class)))
                .list();
    }

    private static Match match(ResultSet rs, int n) throws SQLException {
        return new Match(new MatchId(rs.getLong("id")), new AssistanceRequestId(rs.getLong("request_id")),
                new AssistanceOfferId(rs.getLong("offer_id")), StateCode.of(rs.getString("recipient_state")),
                Provider.fromKey(rs.getString("provider_key")), rs.getString("reasons"), rs.getString("accepted_by"),
                rs.getObject("accepted_at", OffsetDateTime.class), rs.getObject("delivered_at", OffsetDateTime.class));
    }
}
