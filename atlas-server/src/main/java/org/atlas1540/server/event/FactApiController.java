package org.atlas1540.server.event;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.atlas1540.server.web.InvalidParameterException;
import org.atlas1540.server.web.ApiPage;
import org.atlas1540.server.web.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The facts that notes suggest, across all events, as JSON. */
@RestController
@Tag(name = "Facts", description = "Facts the notes suggest: action plans, country visits, needs, related events")
class FactApiController {
    /** The fact types the reader writes ({@code org.atlas1540.notes.Fact#type()}). */
    static final List<String> TYPES = List.of("national-action-plan", "country-visit", "assistance-need",
            "related-event", "recommendations");

    private final EventApiQueries documents;

    FactApiController(EventApiQueries documents) {
        this.documents = documents;
    }

    @GetMapping(path = "/api/v1/facts", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Facts of every event, newest event first, a page at a time")
    ApiPage<EventJson.FactItem> list(
            @Parameter(description = "A fact type: " + "national-action-plan, country-visit, assistance-need, "
                    + "related-event or recommendations") @RequestParam(required = false) String type,
            @Parameter(description = "ISO alpha-3 code of the State the fact is about")
            @RequestParam(required = false) String state,
            @Parameter(description = "Page number, from 1 (default 1)") @RequestParam(required = false) String page,
            @Parameter(description = "Items per page, 1 to 100 (default 20)") @RequestParam(required = false)
            String size) {
        return ApiPage.of(documents.facts(type(type), QueryValues.state("state", state), PageRequest.of(page, size)),
                f -> f);
    }

    private static String type(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        String id = type.strip().toLowerCase(Locale.ROOT);
        if (!TYPES.contains(id)) {
            throw new InvalidParameterException("type", type, "one of " + String.join(", ", TYPES));
        }
        return id;
    }
}
