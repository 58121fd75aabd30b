package org.atlas1540.server.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.atlas1540.reference.StateCode;

/**
 * The WHERE clause of an {@link EventFilter}, with its named parameters; {@code e} is the events
 * table. Each filter is a condition on an indexed column or an EXISTS on a table indexed by the
 * value and the event ({@code V3__filters.sql}), so that every combination stays a simple plan.
 */
record EventConditions(String where, Map<String, Object> params) {

    static EventConditions of(EventFilter filter) {
        var conditions = new ArrayList<String>();
        var params = new LinkedHashMap<String, Object>();
        if (filter.startsOnOrAfter() != null) {
            conditions.add("e.start_date >= :fromDate");
            params.put("fromDate", filter.startsOnOrAfter());
        }
        if (filter.startsBefore() != null) {
            conditions.add("e.start_date < :toDate");
            params.put("toDate", filter.startsBefore());
        }
        if (filter.region() != null) {
            List<String> codes = codes(filter.region().codes());
            if (codes.isEmpty()) {
                conditions.add("1 = 0");
            } else {
                conditions.add("(e.venue_country IN (:regionStates) OR EXISTS (SELECT 1 FROM event_parties rp "
                        + "WHERE rp.event_id = e.id AND rp.state_code IN (:regionStates)))");
                params.put("regionStates", codes);
            }
        }
        if (filter.state() != null) {
            conditions.add("(e.venue_country = :state OR EXISTS (SELECT 1 FROM event_parties sp "
                    + "WHERE sp.event_id = e.id AND sp.state_code = :state))");
            params.put("state", filter.state().value());
        }
        if (filter.organisation() != null) {
            conditions.add("EXISTS (SELECT 1 FROM event_parties op WHERE op.event_id = e.id "
                    + "AND op.organisation_id = :organisation)");
            params.put("organisation", filter.organisation().value());
        }
        if (filter.topic() != null) {
            conditions.add("EXISTS (SELECT 1 FROM event_topics t WHERE t.event_id = e.id AND t.topic = :topic)");
            params.put("topic", filter.topic().json());
        }
        if (filter.kind() != null) {
            conditions.add("e.kind = :kind");
            params.put("kind", filter.kind().json());
        }
        return new EventConditions(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
    }

    private static List<String> codes(Set<StateCode> states) {
        return states.stream().map(StateCode::value).sorted().toList();
    }
}
