package org.atlas1540.server.organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.HashMap;
import java.util.List;
import org.atlas1540.reference.OrganisationId;
import org.atlas1540.server.event.EventTimeline;
import org.atlas1540.server.web.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The organisation registry as JSON: all of it with event counts, and each organisation with its events. */
@RestController
@RequestMapping(path = "/api/v1/organisations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Organisations", description = "Organisations by their stable registry id (OSCE, UNODA, 1540-GOE, ...)")
class OrganisationApiController {
    private final OrganisationRepository organisations;
    private final EventTimeline timeline;

    OrganisationApiController(OrganisationRepository organisations, EventTimeline timeline) {
        this.organisations = organisations;
        this.timeline = timeline;
    }

    @GetMapping
    @Operation(summary = "All organisations, by name, with how many events name each")
    List<OrganisationJson.OrganisationItem> list() {
        var counts = new HashMap<String, Integer>();
        timeline.eventCountsByOrganisation().forEach((id, n) -> counts.put(id.value(), n));
        return organisations.all().stream()
                .map(o -> new OrganisationJson.OrganisationItem(o.id(), o.acronym(), o.name(), o.kind(),
                        o.countryCode(), counts.getOrDefault(o.id(), 0), OrganisationJson.OrganisationLinks.of(o.id())))
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One organisation with the events it organised or attended, newest first")
    OrganisationJson.Organisation one(@Parameter(description = "Registry id, such as OSCE") @PathVariable String id) {
        OrganisationId organisationId = parse(id);
        var o = organisations.find(organisationId).orElseThrow(() -> new NotFoundException("organisation", id));
        return new OrganisationJson.Organisation(o.id(), o.acronym(), o.name(), o.kind(), o.countryCode(),
                o.aliases(), timeline.of(organisationId).stream().map(OrganisationJson.OrganisationEvent::of).toList(),
                OrganisationJson.OrganisationLinks.of(o.id()));
    }

    private static OrganisationId parse(String id) {
        try {
            return OrganisationId.of(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("organisation", id);
        }
    }
}
