package org.atlas1540.server.event;

import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import org.atlas1540.server.web.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The events list, each event's page, and the download of the file an event was read from. */
@Controller
class EventController {
    private final EventRepository events;
    private final int pageSize;

    EventController(EventRepository events, @Value("${atlas.events.page-size:20}") int pageSize) {
        this.events = events;
        this.pageSize = pageSize;
    }

    @GetMapping("/events")
    String list(@Valid EventFilter filter, BindingResult binding, Model model) {
        EventFilter applied = filter;
        if (binding.hasErrors()) {
            // A filter that cannot be read is dropped and said so; the rest still apply.
            applied = withoutRejected(filter, binding);
            model.addAttribute("ignored", binding.getFieldErrors().stream().map(FieldError::getField).distinct().toList());
        }
        model.addAttribute("filter", applied);
        model.addAttribute("results", events.search(applied, pageSize));
        model.addAttribute("years", events.years());
        var kinds = new LinkedHashMap<String, String>();
        events.kinds().forEach(k -> kinds.put(k, EventText.kindLabel(k)));
        model.addAttribute("kinds", kinds);
        model.addAttribute("states", events.statesNamed());
        return "event/list";
    }

    @GetMapping("/events/{slug}")
    String show(@PathVariable String slug, Model model) {
        model.addAttribute("event", events.find(slug).orElseThrow(() -> new NotFoundException("event", slug)));
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

    private static EventFilter withoutRejected(EventFilter filter, BindingResult binding) {
        return new EventFilter(
                binding.hasFieldErrors("year") ? null : filter.year(),
                binding.hasFieldErrors("kind") ? null : filter.kind(),
                binding.hasFieldErrors("state") ? null : filter.state(),
                binding.hasFieldErrors("page") ? null : filter.page());
    }
}
