package org.atlas1540.server.organisation;

import java.util.HashMap;
import org.atlas1540.reference.OrganisationId;
import org.atlas1540.server.event.EventTimeline;
import org.atlas1540.server.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The list of organisations and each organisation's page. */
@Controller
class OrganisationController {
    private final OrganisationRepository organisations;
    private final EventTimeline timeline;

    OrganisationController(OrganisationRepository organisations, EventTimeline timeline) {
        this.organisations = organisations;
        this.timeline = timeline;
    }

    @GetMapping("/organisations")
    String list(Model model) {
        var counts = new HashMap<String, Integer>();
        timeline.eventCountsByOrganisation().forEach((id, n) -> counts.put(id.value(), n));
        model.addAttribute("organisations", organisations.all());
        model.addAttribute("counts", counts);
        model.addAttribute("named", counts.size());
        return "organisation/list";
    }

    @GetMapping("/organisations/{id}")
    String show(@PathVariable String id, @RequestParam(required = false) String page, Model model) {
        OrganisationId organisationId = parse(id);
        model.addAttribute("organisation", organisations.find(organisationId)
                .orElseThrow(() -> new NotFoundException("organisation", id)));
        model.addAttribute("timeline", timeline.pageOf(organisationId, page));
        return "organisation/show";
    }

    private static OrganisationId parse(String id) {
        try {
            return OrganisationId.of(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("organisation", id);
        }
    }
}
