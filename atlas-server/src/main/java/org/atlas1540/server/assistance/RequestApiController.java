package org.atlas1540.server.assistance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import org.atlas1540.server.account.Viewer;
import org.atlas1540.server.web.ApiPage;
import org.atlas1540.server.web.InvalidInputException;
import org.atlas1540.server.web.Links;
import org.atlas1540.server.web.RecordApiErrors;
import org.atlas1540.server.web.NotFoundException;
import org.atlas1540.server.web.PageRequest;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Requests as JSON. The public sees only requests whose State consented to publication; a request
 * it may not see is not found (404), as if it did not exist.
 */
@RestController
@RequestMapping(path = "/api/v1/assistance-requests", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Assistance requests", description = "States' requests for assistance and their lifecycle")
class RequestApiController extends RecordApiErrors {
    private final AssistanceRequests requests;

    RequestApiController(AssistanceRequests requests) {
        this.requests = requests;
    }

    @GetMapping
    @Operation(summary = "Requests, newest received first, a page at a time")
    ApiPage<RequestJson> list(@Parameter(hidden = true) Viewer viewer, @ParameterObject RequestQuery query,
            @Parameter(description = "Page number, from 1 (default 1)") @RequestParam(required = false) String page,
            @Parameter(description = "Items per page, 1 to 100 (default 20)") @RequestParam(required = false)
            String size) {
        Audience audience = Audience.of(viewer.isStaff());
        RequestFilter filter = query.toFilter();
        PageRequest paging = PageRequest.of(page, size);
        var items = requests.list(filter, audience, paging.offset(), paging.size());
        return ApiPage.of(items, paging, requests.count(filter, audience),
                r -> RequestJson.of(r, requests.today(), null, audience.seesRestricted()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One request with its history of status changes")
    RequestJson one(@Parameter(hidden = true) Viewer viewer, @PathVariable String id) {
        Audience audience = Audience.of(viewer.isStaff());
        AssistanceRequest request = AssistanceRequestId.parse(id).flatMap(i -> requests.find(i, audience))
                .orElseThrow(() -> new NotFoundException("assistance request", id));
        return RequestJson.of(request, requests.today(), requests.transitions(request.id()), audience.seesRestricted());
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a request (staff). 201 with its address; 400 with errors per field; nothing is "
            + "stored unless all is right")
    ResponseEntity<RequestJson> create(@Parameter(hidden = true) Viewer viewer, @RequestBody RequestForm body) {
        AssistanceRequestId id = requests.create(body, viewer.name());
        AssistanceRequest created = requests.find(id, Audience.STAFF).orElseThrow();
        return ResponseEntity.created(URI.create(Links.absolute("/api/v1/assistance-requests/" + id)))
                .body(RequestJson.of(created, requests.today(), requests.transitions(id), true));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change what a request says (staff); give the version you read. 409 when someone else "
            + "saved it since")
    RequestJson update(@Parameter(hidden = true) Viewer viewer, @PathVariable String id, @RequestBody RequestForm body) {
        AssistanceRequest updated = requests.update(staffRequest(id).id(), body, viewer.name());
        return RequestJson.of(updated, requests.today(), requests.transitions(updated.id()), true);
    }

    /** @param to the status to move to; @param version the version you read */
    record TransitionBody(String to, String version) {
    }

    @PostMapping(path = "/{id}/transitions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Move a request to another status (staff), if its lifecycle allows it; 409 otherwise")
    RequestJson transition(@Parameter(hidden = true) Viewer viewer, @PathVariable String id, @RequestBody TransitionBody body) {
        AssistanceRequest request = staffRequest(id);
        RequestStatus to = RequestStatus.fromSlug(body.to() == null ? "" : body.to().strip()).orElseThrow(
                () -> InvalidInputException.of("to", "'" + FormValues.echo(body.to()) + "' is not a status."));
        int version;
        try {
            version = FormValues.version(body.version());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("version", e.getMessage());
        }
        AssistanceRequest moved = requests.changeStatus(request.id(), to, version, viewer.name());
        return RequestJson.of(moved, requests.today(), requests.transitions(moved.id()), true);
    }

    @ExceptionHandler(TransitionRefusedException.class)
    ResponseEntity<Map<String, Object>> refused(TransitionRefusedException e, HttpServletRequest request) {
        return conflict(e.getMessage(), request);
    }

    private AssistanceRequest staffRequest(String id) {
        return AssistanceRequestId.parse(id).flatMap(i -> requests.find(i, Audience.STAFF))
                .orElseThrow(() -> new NotFoundException("assistance request", id));
    }
}
