package org.atlas1540.server.visit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
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

/** Country visits as JSON: read by anyone, written by staff. */
@RestController
@RequestMapping(path = "/api/v1/country-visits", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Country visits", description = "Visits to States, from proposal to outcome")
class CountryVisitApiController {
    private final CountryVisits visits;

    CountryVisitApiController(CountryVisits visits) {
        this.visits = visits;
    }

    @GetMapping
    @Operation(summary = "Visits, newest first, a page at a time")
    ApiPage<CountryVisitJson> list(
            @Parameter(description = "ISO alpha-3 code of a State") @RequestParam(required = false) String state,
            @Parameter(description = "proposed, requested, scheduled, conducted or declined")
            @RequestParam(required = false) String status,
            @Parameter(description = "Page number, from 1 (default 1)") @RequestParam(required = false) String page,
            @Parameter(description = "Items per page, 1 to 100 (default 20)") @RequestParam(required = false)
            String size) {
        var request = PageRequest.of(page, size);
        return ApiPage.of(visits.page(QueryParameters.state("state", state),
                QueryParameters.choice("status", status, VisitStatus::of, VisitStatus.allowed()), request),
                CountryVisitJson::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One visit, with the statuses it may move to")
    CountryVisitJson one(@PathVariable String id) {
        return CountryVisitJson.of(visits.find(parse(id)).orElseThrow(() -> notFound(id)));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a visit (staff). 400 with errors per field; 409 for a duplicate")
    ResponseEntity<CountryVisitJson> create(@RequestBody CountryVisitForm body) {
        var inputs = new Inputs();
        CountryVisitValues values = body.read(inputs, null);
        inputs.problems().throwIfAny();
        CountryVisit visit = visits.create(values);
        return ResponseEntity.created(URI.create(Links.absolute("/api/v1/country-visits/" + visit.id())))
                .body(CountryVisitJson.of(visit));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change a visit's values but not its status (staff); give the version read. 409 when "
            + "someone else saved first")
    CountryVisitJson update(@PathVariable String id, @RequestBody CountryVisitForm body) {
        CountryVisit visit = visits.find(parse(id)).orElseThrow(() -> notFound(id));
        var inputs = new Inputs();
        Integer expected = body.expectedVersion(inputs);
        CountryVisitValues values = body.read(inputs, visit.status());
        inputs.problems().throwIfAny();
        return CountryVisitJson.of(visits.update(visit.id(), expected, values));
    }

    @PostMapping(path = "/{id}/status", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Move a visit one step of its lifecycle (staff). 409 when the step is not allowed from its "
            + "status, or someone else saved first")
    CountryVisitJson changeStatus(@PathVariable String id, @RequestBody StatusChange body) {
        CountryVisitId visitId = parse(id);
        var inputs = new Inputs();
        Integer expected = body.expectedVersion(inputs);
        VisitStatus to = body.to(inputs);
        inputs.problems().throwIfAny();
        return CountryVisitJson.of(visits.changeStatus(visitId, expected, to));
    }

    private static CountryVisitId parse(String id) {
        return CountryVisitId.parse(id).orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("country visit", id);
    }
}
