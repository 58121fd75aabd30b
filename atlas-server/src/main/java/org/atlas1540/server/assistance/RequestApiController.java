package org.atlas1540.server.assistance;

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

/**
 * Requests as JSON. The public sees only requests whose State consented to publication; a request
 * it may not see is not found (404), as if it did not exist.
 */
@RestController
@RequestMapping(path = "/api/v1/assistance-requests", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Assistance requests", description = "States' requests for assistance and their lifecycle")
class RequestApiController {
    private final AssistanceRequests requests;

    RequestApiController(AssistanceRequests requests) {
        this.requests = requests;
    }

    @GetMapping
    @Operation(summary = "Requests, newest received first, a page at a time")
    ApiPage<RequestJson> list(@ParameterObject RequestQuery query,
            @Parameter(description = "Page number, from 1 (default 1)") @RequestParam(required = false) String page,
            @Parameter(description = "Items per page, 1 to 100 (default 20)") @RequestParam(required = false)
            String size) {
        Audience audience = Audience.current();
        RequestFilter filter = query.toFilter();
        PageRequest paging = PageRequest.parse(page, size);
        var items = requests.list(filter, audience, paging.offset(), paging.size());
        return ApiPage.of(items, paging, requests.count(filter, audience),
                r -> RequestJson.of(r, requests.today(), null, audience.seesRestricted()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One request with its history of status changes")
    RequestJson one(@PathVariable String id) {
        Audience audience = Audience.current();
        AssistanceRequest request = AssistanceRequestId.parse(id).flatMap(i -> requests.find(i, audience))
                .orElseThrow(() -> new NotFoundException("assistance request", id));
        return RequestJson.of(request, requests.today(), requests.transitions(request.id()), audience.seesRestricted());
    }
}
