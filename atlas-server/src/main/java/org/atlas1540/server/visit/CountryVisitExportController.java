package org.atlas1540.server.visit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.atlas1540.server.web.SafeCsv;
import org.atlas1540.server.web.Links;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Every country visit as CSV. */
@RestController
@Tag(name = "Exports")
class CountryVisitExportController {
    static final List<String> COLUMNS = List.of("id", "state", "state_name", "status", "year", "start_date",
            "end_date", "source_event", "source_fact", "source_text", "outcome_notes", "updated_at", "url");

    private final CountryVisits visits;

    CountryVisitExportController(CountryVisits visits) {
        this.visits = visits;
    }

    @GetMapping("/exports/country-visits.csv")
    @Operation(summary = "Country visits as CSV (UTF-8 with BOM), newest first")
    ResponseEntity<byte[]> csv() {
        var rows = visits.all().stream().map(v -> List.of(v.id().toString(), v.state().value(), v.stateName(),
                v.status().id(), SafeCsv.text(v.year()), SafeCsv.text(v.startDate()), SafeCsv.text(v.endDate()),
                SafeCsv.text(v.source().eventSlug()), SafeCsv.text(v.source().factNumber()),
                SafeCsv.text(v.source().text()), SafeCsv.text(v.outcomeNotes()), v.updatedAt().toInstant().toString(),
                Links.absolute("/country-visits/" + v.id()))).toList();
        return SafeCsv.download("atlas-1540-country-visits.csv", SafeCsv.write(COLUMNS, rows));
    }
}
