package org.atlas1540.server.event;

import java.util.List;
import org.atlas1540.server.web.InvalidParameterException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's API for exports: every event that the events list's query selects, with its
 * parties, topics and resolutions. The query is read as the events page reads it ({@link
 * EventFilterReader}); a value it cannot use is an {@link InvalidParameterException}.
 */
@Service
@Transactional(readOnly = true)
public class EventCatalogue {
    private final EventQueries queries;
    private final StateGroupings groupings;

    EventCatalogue(EventQueries queries, StateGroupings groupings) {
        this.queries = queries;
        this.groupings = groupings;
    }

    /** In the query's order; all of them, not a page: an export is the whole selection. */
    public List<EventRecord> events(EventQuery query) {
        return queries.all(filter(query, groupings));
    }

    /** The filter of a query, or the first value it cannot use as a 400 problem naming it. */
    static EventFilter filter(EventQuery query, StateGroupings groupings) {
        EventFilterReader.Reading reading = EventFilterReader.read(query, groupings::find);
        if (!reading.valid()) {
            FilterProblem problem = reading.problems().get(0);
            throw InvalidParameterException.described(problem.field(), query.valueOf(problem.field()),
                    problem.message());
        }
        return reading.filter();
    }
}
