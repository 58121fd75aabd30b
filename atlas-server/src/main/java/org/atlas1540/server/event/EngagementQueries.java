package org.atlas1540.server.event;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.atlas1540.reference.OrganisationId;
import org.atlas1540.reference.StateCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind the counts of events per State and per organisation, over all stored events. */
@Repository
class EngagementQueries {
    private final JdbcClient jdbc;

    EngagementQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each State and event it organised, attended or hosted (as venue country), once, with the event's start date. */
    List<StateEngagements.Row> stateEvents() {
        return jdbc.sql("""
                SELECT p.state_code AS code, e.id AS event_id, e.start_date FROM event_parties p
                    JOIN events e ON e.id = p.event_id WHERE p.state_code IS NOT NULL
                UNION SELECT e.venue_country AS code, e.id AS event_id, e.start_date FROM events e
                    WHERE e.venue_country IS NOT NULL""")
                .query((rs, n) -> new StateEngagements.Row(StateCode.of(rs.getString("code")),
                        rs.getObject("start_date", LocalDate.class)))
                .list();
    }

    /** For each organisation named by any event, how many events. */
    Map<OrganisationId, Integer> organisationEventCounts() {
        var counts = new HashMap<OrganisationId, Integer>();
        jdbc.sql("""
                SELECT organisation_id, COUNT(DISTINCT event_id) AS events FROM event_parties
                WHERE organisation_id IS NOT NULL GROUP BY organisation_id""")
                .query(rs -> {
                    counts.put(OrganisationId.of(rs.getString("organisation_id")), rs.getInt("events"));
                });
        return Map.copyOf(counts);
    }
}
