package org.atlas1540.server.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.atlas1540.server.web.SafeCsv;
import org.atlas1540.server.web.Links;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Every plan version as CSV. */
@RestController
@Tag(name = "Exports")
class ActionPlanExportController {
    static final List<String> COLUMNS = List.of("id", "state", "state_name", "plan_version", "status", "submitted_on",
            "document_title", "document_url", "source_event", "source_fact", "source_text", "updated_at", "url");

    private final ActionPlans plans;

    ActionPlanExportController(ActionPlans plans) {
        this.plans = plans;
    }

    @GetMapping("/exports/action-plans.csv")
    @Operation(summary = "National action plans as CSV (UTF-8 with BOM), a row per version, by State")
    ResponseEntity<byte[]> csv() {
        var rows = plans.all().stream().map(p -> List.of(p.id().toString(), p.state().value(), p.stateName(),
                Integer.toString(p.planVersion()), p.status().id(), SafeCsv.text(p.submittedOn()),
                SafeCsv.text(p.documentTitle()), SafeCsv.text(p.documentUrl()), SafeCsv.text(p.source().eventSlug()),
                SafeCsv.text(p.source().factNumber()), SafeCsv.text(p.source().text()),
                p.updatedAt().toInstant().toString(), Links.absolute("/action-plans/" + p.id()))).toList();
        return SafeCsv.download("atlas-1540-action-plans.csv", SafeCsv.write(COLUMNS, rows));
    }
}
