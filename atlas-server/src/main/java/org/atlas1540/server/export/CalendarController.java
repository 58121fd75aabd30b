package org.atlas1540.server.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.atlas1540.reference.Organisation;
import org.atlas1540.reference.OrganisationId;
import org.atlas1540.reference.ReferenceData;
import org.atlas1540.reference.State;
import org.atlas1540.reference.StateCode;
import org.atlas1540.server.event.EventCatalogue;
import org.atlas1540.server.event.EventInvolvement;
import org.atlas1540.server.event.EventQuery;
import org.atlas1540.server.event.EventTimeline;
import org.atlas1540.server.web.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * iCalendar feeds: every event, and the events of one State or organisation (the same events as
 * its page lists). A calendar program can subscribe to any of them.
 */
@RestController
@Tag(name = "Exports")
class CalendarController {
    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final EventCatalogue catalogue;
    private final EventTimeline timeline;
    private final Clock clock;

    CalendarController(EventCatalogue catalogue, EventTimeline timeline, Clock clock) {
        this.catalogue = catalogue;
        this.timeline = timeline;
        this.clock = clock;
    }

    @GetMapping("/exports/events.ics")
    @Operation(summary = "All events as an iCalendar feed of all-day events")
    ResponseEntity<byte[]> all() {
        var entries = catalogue.events(EventQuery.empty()).stream()
                .map(e -> new CalendarEntry(e.slug(), e.title(), e.kind(), e.startDate(), e.endDate(), e.venue()))
                .toList();
        return calendar("atlas-1540-events.ics", "Atlas 1540: outreach events", entries);
    }

    @GetMapping("/states/{code}/events.ics")
    @Operation(summary = "The events a State attended, organised or hosted, as an iCalendar feed")
    ResponseEntity<byte[]> ofState(@Parameter(description = "ISO 3166-1 alpha-3 code, such as SRB")
            @PathVariable String code) {
        State state = knownState(code);
        return calendar("atlas-1540-" + state.code().value() + ".ics", "Atlas 1540: " + state.shortName(),
                entries(timeline.of(state.code())));
    }

    @GetMapping("/organisations/{id}/events.ics")
    @Operation(summary = "The events an organisation organised or attended, as an iCalendar feed")
    ResponseEntity<byte[]> ofOrganisation(@Parameter(description = "Registry id, such as OSCE") @PathVariable String id) {
        Organisation organisation = knownOrganisation(id);
        return calendar("atlas-1540-" + organisation.id().value() + ".ics", "Atlas 1540: " + organisation.name(),
                entries(timeline.of(organisation.id())));
    }

    private static List<CalendarEntry> entries(List<EventInvolvement> events) {
        return events.stream()
                .map(e -> new CalendarEntry(e.slug(), e.title(), e.kind(), e.startDate(), e.endDate(), e.venue()))
                .toList();
    }

    private ResponseEntity<byte[]> calendar(String fileName, String name, List<CalendarEntry> entries) {
        byte[] body = EventCalendar.of(name, entries, clock.instant()).getBytes(StandardCharsets.UTF_8);
        return EventExportController.download(CALENDAR, fileName, body);
    }

    /** The States of the reference data, which the stored States are loaded from. */
    private static State knownState(String code) {
        try {
            return ReferenceData.standard().states().find(StateCode.of(code))
                    .orElseThrow(() -> new NotFoundException("State", code));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("State", code);
        }
    }

    private static Organisation knownOrganisation(String id) {
        try {
            return ReferenceData.standard().organisations().find(OrganisationId.of(id))
                    .orElseThrow(() -> new NotFoundException("organisation", id));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("organisation", id);
        }
    }
}
