package org.atlas1540.server.offer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.atlas1540.server.account.Viewer;
import org.atlas1540.server.web.ApiPage;
import org.atlas1540.server.web.Links;
import org.atlas1540.server.web.RecordApiErrors;
import org.atlas1540.server.web.NotFoundException;
import org.atlas1540.server.web.PageRequest;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Offers as JSON (all public). */
@RestController
@RequestMapping(path = "/api/v1/assistance-offers", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Assistance offers", description = "Programmes of assistance offered by States and organisations")
class OfferApiController extends RecordApiErrors {
    private final AssistanceOffers offers;

    OfferApiController(AssistanceOffers offers) {
        this.offers = offers;
    }

    @GetMapping
    @Operation(summary = "Offers, newest first, a page at a time")
    ApiPage<OfferJson> list(@ParameterObject OfferQuery query,
            @Parameter(description = "Page number, from 1 (default 1)") @RequestParam(required = false) String page,
            @Parameter(description = "Items per page, 1 to 100 (default 20)") @RequestParam(required = false)
            String size) {
        Provider provider = query.toProvider();
        var area = query.toArea();
        PageRequest paging = PageRequest.of(page, size);
        return ApiPage.of(offers.list(provider, area, paging.offset(), paging.size()), paging,
                offers.count(provider, area), OfferJson::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One offer")
    OfferJson one(@PathVariable String id) {
        return OfferJson.of(AssistanceOfferId.parse(id).flatMap(offers::find)
                .orElseThrow(() -> new NotFoundException("assistance offer", id)));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record an offer (staff). 201 with its address; 400 with errors per field")
    ResponseEntity<OfferJson> create(@Parameter(hidden = true) Viewer viewer, @RequestBody OfferForm body) {
        AssistanceOfferId id = offers.create(body, viewer.name());
        return ResponseEntity.created(URI.create(Links.absolute("/api/v1/assistance-offers/" + id)))
                .body(OfferJson.of(offers.find(id).orElseThrow()));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change an offer (staff); give the version you read. 409 when someone else saved it since")
    OfferJson update(@Parameter(hidden = true) Viewer viewer, @PathVariable String id, @RequestBody OfferForm body) {
        AssistanceOfferId offerId = AssistanceOfferId.parse(id).filter(i -> offers.find(i).isPresent())
                .orElseThrow(() -> new NotFoundException("assistance offer", id));
        return OfferJson.of(offers.update(offerId, body, viewer.name()));
    }
}
