package org.atlas1540.server.recommendation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.atlas1540.server.web.SafeCsv;
import org.atlas1540.server.web.Links;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Every recommendation as CSV, with how much follow-up it has. */
@RestController
@Tag(name = "Exports")
class RecommendationExportController {
    static final List<String> COLUMNS = List.of("id", "event", "text", "owner", "due_on", "status", "overdue",
            "source_section", "source_fact", "follow_ups", "last_follow_up_on", "updated_at", "url");

    private final Recommendations recommendations;

    RecommendationExportController(Recommendations recommendations) {
        this.recommendations = recommendations;
    }

    @GetMapping("/exports/recommendations.csv")
    @Operation(summary = "Recommendations as CSV (UTF-8 with BOM), by event, with the number of follow-up entries")
    ResponseEntity<byte[]> csv() {
        var today = recommendations.today();
        var followUps = recommendations.followUpSummaries();
        var rows = recommendations.all().stream().map(r -> {
            var summary = followUps.get(r.id().value());
            return List.of(r.id().toString(), r.eventSlug(), r.text(), SafeCsv.text(r.owner()), SafeCsv.text(r.dueOn()),
                    r.status().id(), r.isOverdue(today) ? "yes" : "no", SafeCsv.text(r.sectionNumber()),
                    SafeCsv.text(r.factNumber()), summary == null ? "0" : Integer.toString(summary.entries()),
                    summary == null ? "" : SafeCsv.text(summary.latest()), r.updatedAt().toInstant().toString(),
                    Links.absolute("/recommendations/" + r.id()));
        }).toList();
        return SafeCsv.download("atlas-1540-recommendations.csv", SafeCsv.write(COLUMNS, rows));
    }
}
