package org.atlas1540.server.event;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The module's API for exports: every event that a query selects, with its parties, topics and resolutions. */
@Service
@Transactional(readOnly = true)
public class EventCatalogue {
    private final EventQueries queries;

    EventCatalogue(EventQueries queries) {
        this.queries = queries;
    }

    /** In the query's order; all of them, not a page: an export is the whole selection. */
    public List<EventRecord> events(EventQuery query) {
        return queries.all(query);
    }
}
