package org.atlas1540.server.assistance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.atlas1540.server.account.Viewer;
import org.atlas1540.server.web.SafeCsv;
import org.atlas1540.server.web.Links;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The requests the list's filters select, as CSV; the public's file holds only published requests. */
@RestController
@Tag(name = "Exports")
class RequestExportController {
    static final List<String> COLUMNS = List.of("id", "state", "state_name", "area", "needs", "received_on",
            "source_event", "source_fact", "source_text", "published", "status", "acknowledged_on",
            "distribution_due_on", "distribution_overdue", "url");

    private final AssistanceRequests requests;

    RequestExportController(AssistanceRequests requests) {
        this.requests = requests;
    }

    @GetMapping("/exports/assistance-requests.csv")
    @Operation(summary = "Assistance requests as CSV (UTF-8 with BOM); the public's file has only published requests")
    ResponseEntity<byte[]> csv(@Parameter(hidden = true) Viewer viewer, @ParameterObject RequestQuery query) {
        var today = requests.today();
        var rows = requests.all(query.toFilter(), Audience.of(viewer.isStaff())).stream().map(r -> List.of(
                r.id().toString(), r.state().value(), r.stateName(), r.area().id(), r.needs(),
                r.receivedOn().toString(), nullToEmpty(r.source().eventSlug()),
                r.source().factNumber() == null ? "" : r.source().factNumber().toString(),
                nullToEmpty(r.source().text()), String.valueOf(r.publicationConsent()), r.status().slug(),
                r.acknowledgedOn() == null ? "" : r.acknowledgedOn().toString(),
                r.distributionDueOn() == null ? "" : r.distributionDueOn().toString(),
                String.valueOf(r.distributionOverdue(today)), Links.absolute(r.path()))).toList();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("atlas-1540-assistance-requests.csv").build().toString())
                .body(SafeCsv.write(COLUMNS, rows));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
