package org.atlas1540.server.event;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.atlas1540.server.web.ApiPage;
import org.atlas1540.server.web.NotFoundException;
import org.atlas1540.server.web.PageRequest;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The events as JSON: a filtered, paged list, and each event with everything read from its note. */
@RestController
@RequestMapping(path = "/api/v1/events", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Events", description = "Outreach events read from information notes")
class EventApiController {
    private final EventQueries queries;
    private final EventApiQueries documents;
    private final StateGroupings groupings;

    EventApiController(EventQueries queries, EventApiQueries documents, StateGroupings groupings) {
        this.queries = queries;
        this.documents = documents;
        this.groupings = groupings;
    }

    @GetMapping
    @Operation(summary = "Events, filtered and ordered like the events page, a page at a time")
    ApiPage<EventJson.EventItem> list(@ParameterObject EventQuery query,
            @Parameter(description = "Items per page, 1 to 100 (default 20)") @RequestParam(required = false)
            String size) {
        EventFilter filter = EventCatalogue.filter(query, groupings);
        return ApiPage.of(queries.page(filter, PageRequest.of(null, size).size()), e -> new EventJson.EventItem(e.slug(),
                e.title(), e.kind(), e.startDate(), e.endDate(), new EventJson.Venue(e.venue(), e.city(), e.country()),
                e.participatingStates(), EventJson.ItemLinks.ofEvent(e.slug())));
    }

    @GetMapping("/{slug}")
    @Operation(summary = "One event: parties, sections, topics, resolutions, facts with their spans, source")
    EventJson.Event one(@Parameter(description = "The event's slug, as in its page's address") @PathVariable String slug) {
        return documents.find(slug).orElseThrow(() -> new NotFoundException("event", slug));
    }
}
