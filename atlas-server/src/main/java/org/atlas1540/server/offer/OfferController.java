package org.atlas1540.server.offer;

import jakarta.servlet.http.HttpServletResponse;
import org.atlas1540.server.account.Viewer;
import org.atlas1540.server.assistance.AssistanceArea;
import org.atlas1540.server.assistance.Audience;
import org.atlas1540.server.event.StateGroupings;
import org.atlas1540.server.web.InvalidParameterException;
import org.atlas1540.server.web.NotFoundException;
import org.atlas1540.server.web.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The offers list and each offer's page. */
@Controller
class OfferController {
    static final int PAGE_SIZE = 25;

    private final AssistanceOffers offers;
    private final StateGroupings groupings;

    OfferController(AssistanceOffers offers, StateGroupings groupings) {
        this.offers = offers;
        this.groupings = groupings;
    }

    @GetMapping("/assistance/offers")
    String list(Viewer viewer, OfferQuery query, @RequestParam(required = false) String page, Model model,
            HttpServletResponse response) {
        model.addAttribute("query", query);
        model.addAttribute("areas", AssistanceArea.values());
        model.addAttribute("staff", Audience.of(viewer.isStaff()).seesRestricted());
        try {
            Provider provider = query.toProvider();
            AssistanceArea area = query.toArea();
            PageRequest paging = PageRequest.of(page, String.valueOf(PAGE_SIZE));
            long total = offers.count(provider, area);
            model.addAttribute("items", offers.list(provider, area, paging.offset(), paging.size()));
            model.addAttribute("total", total);
            model.addAttribute("page", paging.number());
            model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        } catch (InvalidParameterException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", e.getMessage());
        }
        return "offer/list";
    }

    @GetMapping("/assistance/offers/{id}")
    String show(Viewer viewer, @PathVariable String id, Model model) {
        AssistanceOffer offer = AssistanceOfferId.parse(id).flatMap(offers::find)
                .orElseThrow(() -> new NotFoundException("assistance offer", id));
        model.addAttribute("offer", offer);
        model.addAttribute("regions", offer.regions().stream()
                .map(r -> groupings.find(r).map(g -> g.name()).orElse(r)).toList());
        model.addAttribute("staff", Audience.of(viewer.isStaff()).seesRestricted());
        return "offer/show";
    }
}
