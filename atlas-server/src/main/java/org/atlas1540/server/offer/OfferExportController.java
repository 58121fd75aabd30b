package org.atlas1540.server.offer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.atlas1540.server.assistance.AssistanceArea;
import org.atlas1540.server.web.SafeCsv;
import org.atlas1540.server.web.Links;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Offers as CSV, with the list's filters. */
@RestController
@Tag(name = "Exports")
class OfferExportController {
    static final List<String> COLUMNS = List.of("id", "provider_type", "provider", "provider_name", "areas", "regions",
            "programme", "description", "contact", "offered_on", "url");

    private final AssistanceOffers offers;

    OfferExportController(AssistanceOffers offers) {
        this.offers = offers;
    }

    @GetMapping("/exports/assistance-offers.csv")
    @Operation(summary = "Assistance offers as CSV (UTF-8 with BOM); lists in a cell are separated by '; '")
    ResponseEntity<byte[]> csv(@ParameterObject OfferQuery query) {
        var rows = offers.list(query.toProvider(), query.toArea(), 0, Integer.MAX_VALUE).stream().map(o -> List.of(
                o.id().toString(), o.provider().kind().slug(), o.provider().id(), o.provider().name(),
                String.join("; ", o.areas().stream().map(AssistanceArea::id).toList()), String.join("; ", o.regions()),
                o.programme(), o.description(), o.contact(), o.offeredOn().toString(), Links.absolute(o.path())))
                .toList();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("atlas-1540-assistance-offers.csv").build().toString())
                .body(SafeCsv.write(COLUMNS, rows));
    }
}
