package org.atlas1540.server.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.atlas1540.server.web.ApiPage;
import org.atlas1540.server.web.Inputs;
import org.atlas1540.server.web.NotFoundException;
import org.atlas1540.server.web.PageRequest;
import org.atlas1540.server.web.QueryParameters;
import org.atlas1540.server.web.Links;
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

/** National action plans as JSON: read by anyone, written by staff. */
@RestController
@RequestMapping(path = "/api/v1/action-plans", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "National action plans", description = "Each State's plan, version by version")
class ActionPlanApiController {
    private final ActionPlans plans;

    ActionPlanApiController(ActionPlans plans) {
        this.plans = plans;
    }

    @GetMapping
    @Operation(summary = "Plan versions by State code, newest version first, a page at a time")
    ApiPage<ActionPlanJson> list(
            @Parameter(description = "ISO alpha-3 code of a State") @RequestParam(required = false) String state,
            @Parameter(description = "in-preparation, submitted, published or superseded")
            @RequestParam(required = false) String status,
            @Parameter(description = "Page number, from 1 (default 1)") @RequestParam(required = false) String page,
            @Parameter(description = "Items per page, 1 to 100 (default 20)") @RequestParam(required = false)
            String size) {
        var request = PageRequest.of(page, size);
        return ApiPage.of(plans.page(QueryParameters.state("state", state),
                QueryParameters.choice("status", status, PlanStatus::of, PlanStatus.allowed()), request),
                ActionPlanJson::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One plan version")
    ActionPlanJson one(@PathVariable String id) {
        return ActionPlanJson.of(plans.find(ActionPlanId.parse(id).orElseThrow(() -> notFound(id)))
                .orElseThrow(() -> notFound(id)));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a plan version (staff). 400 with errors per field; 409 for a duplicate")
    ResponseEntity<ActionPlanJson> create(@RequestBody ActionPlanForm body) {
        var inputs = new Inputs();
        ActionPlanValues values = body.read(inputs);
        inputs.problems().throwIfAny();
        ActionPlan plan = plans.create(values);
        return ResponseEntity.created(URI.create(Links.absolute("/api/v1/action-plans/" + plan.id())))
                .body(ActionPlanJson.of(plan));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change a plan version (staff); give the version read. 409 when someone else saved first")
    ActionPlanJson update(@PathVariable String id, @RequestBody ActionPlanForm body) {
        ActionPlanId planId = ActionPlanId.parse(id).orElseThrow(() -> notFound(id));
        var inputs = new Inputs();
        Integer expected = body.expectedVersion(inputs);
        ActionPlanValues values = body.read(inputs);
        inputs.problems().throwIfAny();
        return ActionPlanJson.of(plans.update(planId, expected, values));
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("action plan", id);
    }
}
