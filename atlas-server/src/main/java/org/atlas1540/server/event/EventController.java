package org.atlas1540.server.event;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import jakarta.servlet.http.HttpServletResponse;
import org.atlas1540.server.account.Viewer;
import org.atlas1540.server.web.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The events list, each event's page, and the download of the file an event was read from. */
@Controller
class EventController {
    private final EventRepository events;
    private final EventAggregates aggregates;
    private final StateGroupings groupings;
    private final ObjectProvider<EventPageParts> parts;
    private final ObjectProvider<EventFollowUps> followUps;
    private final int pageSize;

    EventController(EventRepository events, EventAggregates aggregates, StateGroupings groupings,
            ObjectProvider<EventPageParts> parts, ObjectProvider<EventFollowUps> followUps,
            @Value("${atlas.events.page-size:20}") int pageSize) {
        this.events = events;
        this.aggregates = aggregates;
        this.groupings = groupings;
        this.parts = parts;
        this.followUps = followUps;
        this.pageSize = pageSize;
    }

    /**
     * The list with its filters. A value that cannot be used answers 400 with the page and a
     * message for each such value, the form keeping what was typed; no list is shown then, since
     * it would not be the one asked for.
     */
    @GetMapping("/events")
    String list(EventQuery query, Model model, HttpServletResponse response) {
        List<StateGrouping> regions = groupings.all();
        EventFilterReader.Reading reading = EventFilterReader.read(query == null ? EventQuery.empty() : query,
                id -> regions.stream().filter(g -> g.id().equals(id)).findFirst());
        EventFilter filter = reading.filter();
        model.addAttribute("filter", filter);
        model.addAttribute("form", reading.form());
        model.addAttribute("problems", reading.problems());
        model.addAttribute("refused", reading.problems().stream().map(FilterProblem::field).collect(Collectors.toSet()));
        model.addAttribute("options", FilterOptions.of(aggregates.filterChoices(), regions, filter));
        if (reading.valid()) {
            model.addAttribute("results", events.search(filter, pageSize));
        } else {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return "event/list";
    }

    @GetMapping("/events/{slug}")
    String show(@PathVariable String slug, Viewer viewer, Model model) {
        model.addAttribute("event", events.find(slug).orElseThrow(() -> new NotFoundException("event", slug)));
        model.addAttribute("parts", parts.orderedStream().map(p -> p.forEvent(slug, viewer)).flatMap(Optional::stream)
                .toList());
        model.addAttribute("followUps", followUps.orderedStream().flatMap(f -> f.of(slug, viewer).stream()).toList());
        return "event/show";
    }

    @GetMapping("/events/{slug}/source")
    ResponseEntity<byte[]> source(@PathVariable String slug) {
        SourceDownload source = events.source(slug).orElseThrow(() -> new NotFoundException("event", slug));
        return ResponseEntity.ok()
                .contentType(mediaType(source.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(source.fileName(), StandardCharsets.UTF_8).build()
                                .toString())
                .body(source.bytes());
    }

    private static MediaType mediaType(String stored) {
        try {
            return MediaType.parseMediaType(stored);
        } catch (IllegalArgumentException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }
}
