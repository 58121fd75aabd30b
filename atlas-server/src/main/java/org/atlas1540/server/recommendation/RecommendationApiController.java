package org.atlas1540.server.recommendation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.atlas1540.server.account.Viewer;
import org.atlas1540.server.web.ApiPage;
import org.atlas1540.server.web.Inputs;
import org.atlas1540.server.web.Links;
import org.atlas1540.server.web.NotFoundException;
import org.atlas1540.server.web.PageRequest;
import org.atlas1540.server.web.QueryParameters;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Recommendations and their follow-up as JSON: read by anyone, written by staff. */
@RestController
@RequestMapping(path = "/api/v1/recommendations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Recommendations", description = "Recommendations agreed at events, and their follow-up")
class RecommendationApiController {
    private final Recommendations recommendations;

    RecommendationApiController(Recommendations recommendations) {
        this.recommendations = recommendations;
    }

    @GetMapping
    @Operation(summary = "Recommendations, due soonest first, a page at a time")
    ApiPage<RecommendationJson> list(
            @Parameter(description = "open, in-progress, done or dropped") @RequestParam(required = false) String status,
            @Parameter(description = "The slug of the event that agreed them") @RequestParam(required = false)
            String event,
            @Parameter(description = "true: only those still to be done and due before today")
            @RequestParam(required = false) String overdue,
            @Parameter(description = "Page number, from 1 (default 1)") @RequestParam(required = false) String page,
            @Parameter(description = "Items per page, 1 to 100 (default 20)") @RequestParam(required = false)
            String size) {
        var request = PageRequest.of(page, size);
        boolean overdueOnly = Boolean.TRUE.equals(QueryParameters.choice("overdue", overdue,
                v -> v.equals("true") ? java.util.Optional.of(true) : v.equals("false") ? java.util.Optional.of(false)
                        : java.util.Optional.empty(), "true or false"));
        var found = recommendations.page(QueryParameters.choice("status", status, RecommendationStatus::of,
                RecommendationStatus.allowed()), event == null || event.isBlank() ? null : event.strip(), overdueOnly,
                request);
        return ApiPage.of(found, r -> RecommendationJson.of(r, recommendations.today(), null));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One recommendation with its follow-up")
    RecommendationJson one(@PathVariable String id) {
        return json(find(id));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a recommendation of an event (staff); it starts open. 400 with errors per field; "
            + "409 for one the event has already")
    ResponseEntity<RecommendationJson> create(@RequestBody RecommendationForm body) {
        var inputs = new Inputs();
        String event = inputs.text("event", "Event", body.event(), 200, true);
        RecommendationValues values = body.values(inputs, event);
        inputs.problems().throwIfAny();
        Recommendation created = recommendations.create(values);
        return ResponseEntity.created(URI.create(Links.absolute("/api/v1/recommendations/" + created.id())))
                .body(json(created));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change the text, owner and due date (staff); give the version read. 409 when someone else "
            + "saved first")
    RecommendationJson update(@PathVariable String id, @RequestBody RecommendationForm body) {
        Recommendation recommendation = find(id);
        var inputs = new Inputs();
        Integer expected = body.expectedVersion(inputs);
        RecommendationForm.Edit edit = body.read(inputs);
        inputs.problems().throwIfAny();
        return json(recommendations.update(recommendation.id(), expected, edit.text(), edit.owner(), edit.dueOn()));
    }

    @PostMapping(path = "/{id}/status", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Move a recommendation one step of its lifecycle (staff). 409 when the step is not allowed "
            + "from its status, or someone else saved first")
    RecommendationJson changeStatus(@PathVariable String id, @RequestBody StatusChange body) {
        RecommendationId recommendation = RecommendationId.parse(id).orElseThrow(() -> notFound(id));
        var inputs = new Inputs();
        Integer expected = body.expectedVersion(inputs);
        RecommendationStatus to = body.to(inputs);
        inputs.problems().throwIfAny();
        return json(recommendations.changeStatus(recommendation, expected, to));
    }

    @PostMapping(path = "/{id}/follow-ups", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add an entry to a recommendation's follow-up (staff)")
    ResponseEntity<RecommendationJson> addFollowUp(@PathVariable String id, @RequestBody FollowUpForm body,
            Viewer viewer) {
        Recommendation recommendation = find(id);
        var inputs = new Inputs();
        FollowUpForm.Entry entry = body.read(inputs, recommendations.today(), viewer.name());
        inputs.problems().throwIfAny();
        recommendations.addFollowUp(recommendation.id(), entry.writtenOn(), entry.author(), entry.text());
        return ResponseEntity.status(201).body(json(find(id)));
    }

    private RecommendationJson json(Recommendation r) {
        return RecommendationJson.of(r, recommendations.today(), recommendations.followUps(r.id()));
    }

    private Recommendation find(String id) {
        return RecommendationId.parse(id).flatMap(recommendations::find).orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("recommendation", id);
    }
}
