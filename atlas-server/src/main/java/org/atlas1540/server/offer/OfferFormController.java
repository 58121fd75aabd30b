package org.atlas1540.server.offer;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.atlas1540.reference.Organisation;
import org.atlas1540.reference.ReferenceData;
import org.atlas1540.reference.State;
import org.atlas1540.server.assistance.AssistanceArea;
import org.atlas1540.server.event.StateGroupings;
import org.atlas1540.server.account.Viewer;
import org.atlas1540.server.web.ConcurrentEditException;
import org.atlas1540.server.web.InvalidInputException;
import org.atlas1540.server.web.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Staff's forms for offers. Refused input shows the form again with a message beside each field
 * (400) and stores nothing; a save someone else's overtook shows the message and the current values (409).
 */
@Controller
class OfferFormController {
    private final AssistanceOffers offers;
    private final StateGroupings groupings;

    OfferFormController(AssistanceOffers offers, StateGroupings groupings) {
        this.offers = offers;
        this.groupings = groupings;
    }

    @PreAuthorize("hasRole(\'EDITOR\')")
    @GetMapping("/assistance/offers/new")
    String newForm(Model model) {
        return form(model, OfferForm.empty(), Map.of(), null);
    }

    @PostMapping("/assistance/offers")
    String create(Viewer viewer, @RequestParam Map<String, String> fields, @RequestParam(required = false) List<String> areas,
            @RequestParam(required = false) List<String> regions, Model model, HttpServletResponse response) {
        OfferForm form = form(fields, areas, regions);
        try {
            return "redirect:/assistance/offers/" + offers.create(form, viewer.name());
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, form, e.problems().byField(), null);
        }
    }

    @PreAuthorize("hasRole(\'EDITOR\')")
    @GetMapping("/assistance/offers/{id}/edit")
    String editForm(@PathVariable String id, Model model) {
        AssistanceOffer offer = find(id);
        model.addAttribute("offer", offer);
        return form(model, OfferForm.of(offer), Map.of(), null);
    }

    @PostMapping("/assistance/offers/{id}")
    String update(Viewer viewer, @PathVariable String id, @RequestParam Map<String, String> fields,
            @RequestParam(required = false) List<String> areas, @RequestParam(required = false) List<String> regions,
            Model model, HttpServletResponse response) {
        AssistanceOffer offer = find(id);
        model.addAttribute("offer", offer);
        OfferForm form = form(fields, areas, regions);
        try {
            offers.update(offer.id(), form, viewer.name());
            return "redirect:/assistance/offers/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, form, e.problems().byField(), null);
        } catch (ConcurrentEditException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            AssistanceOffer current = find(id);
            model.addAttribute("offer", current);
            return form(model, OfferForm.of(current), Map.of(), e.getMessage());
        }
    }

    private static OfferForm form(Map<String, String> fields, List<String> areas, List<String> regions) {
        return new OfferForm(fields.get("providerType"), fields.get("providerId"), areas, regions,
                fields.get("programme"), fields.get("description"), fields.get("contact"), fields.get("offeredOn"),
                fields.get("version"));
    }

    private String form(Model model, OfferForm form, Map<String, String> errors, String conflict) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("areas", AssistanceArea.values());
        model.addAttribute("regions", groupings.all());
        model.addAttribute("states", ReferenceData.standard().states().all().stream()
                .sorted(Comparator.comparing(State::shortName)).toList());
        model.addAttribute("organisations", ReferenceData.standard().organisations().all().stream()
                .sorted(Comparator.comparing(Organisation::name)).toList());
        return "offer/form";
    }

    private AssistanceOffer find(String id) {
        return AssistanceOfferId.parse(id).flatMap(offers::find)
                .orElseThrow(() -> new NotFoundException("assistance offer", id));
    }
}
