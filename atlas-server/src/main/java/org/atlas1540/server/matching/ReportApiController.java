package org.atlas1540.server.matching;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.atlas1540.server.account.Viewer;
import org.atlas1540.server.assistance.Audience;
import org.atlas1540.server.web.SafeCsv;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The annual assistance report as JSON and CSV; the public's figures count published requests only. */
@RestController
@Tag(name = "Assistance report", description = "Requests received, offers, matches and deliveries per year")
class ReportApiController {
    static final List<String> COLUMNS = List.of("year", "requests_received", "offers", "matches", "delivered");

    private final AnnualReport report;

    ReportApiController(AnnualReport report) {
        this.report = report;
    }

    @GetMapping(path = "/api/v1/assistance-report", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Every year with a figure, newest first")
    List<YearFigures> years(@Parameter(hidden = true) Viewer viewer) {
        return report.years(Audience.of(viewer.isStaff()));
    }

    @GetMapping("/exports/assistance-report.csv")
    @Operation(summary = "The annual report as CSV (UTF-8 with BOM)")
    ResponseEntity<byte[]> csv(@Parameter(hidden = true) Viewer viewer) {
        var rows = report.years(Audience.of(viewer.isStaff())).stream().map(y -> List.of(String.valueOf(y.year()),
                String.valueOf(y.requests()), String.valueOf(y.offers()), String.valueOf(y.matches()),
                String.valueOf(y.delivered()))).toList();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("atlas-1540-assistance-report.csv").build().toString())
                .body(SafeCsv.write(COLUMNS, rows));
    }
}
