package org.atlas1540.server.assistance;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.Map;
import org.atlas1540.reference.ReferenceData;
import org.atlas1540.reference.State;
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
 * Staff's forms for requests: record one, edit one, change its status. Refused input shows the form
 * again with a message beside each field (400) and stores nothing; a save that someone else's
 * overtook shows the message and the current values (409).
 */
@Controller
class RequestFormController {
    private final AssistanceRequests requests;
    private final NeedFactPrefill prefill;

    RequestFormController(AssistanceRequests requests, NeedFactPrefill prefill) {
        this.requests = requests;
        this.prefill = prefill;
    }

    @PreAuthorize("hasRole(\'EDITOR\')")
    @GetMapping("/assistance/requests/new")
    String newForm(@RequestParam(required = false) String state, @RequestParam(required = false) String sourceEvent,
            @RequestParam(required = false) String sourceFact, Model model) {
        return form(model, prefill.form(state, sourceEvent, sourceFact, requests.today().toString()), Map.of(), null);
    }

    @PostMapping("/assistance/requests")
    String create(Viewer viewer, RequestForm form, Model model, HttpServletResponse response) {
        try {
            AssistanceRequestId id = requests.create(form, viewer.name());
            return "redirect:/assistance/requests/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, form, e.problems().byField(), null);
        }
    }

    @PreAuthorize("hasRole(\'EDITOR\')")
    @GetMapping("/assistance/requests/{id}/edit")
    String editForm(@PathVariable String id, Model model) {
        AssistanceRequest request = find(id);
        model.addAttribute("request", request);
        return form(model, RequestForm.of(request), Map.of(), null);
    }

    @PostMapping("/assistance/requests/{id}")
    String update(Viewer viewer, @PathVariable String id, RequestForm form, Model model, HttpServletResponse response) {
        AssistanceRequest request = find(id);
        model.addAttribute("request", request);
        try {
            requests.update(request.id(), form, viewer.name());
            return "redirect:/assistance/requests/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, form, e.problems().byField(), null);
        } catch (ConcurrentEditException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            AssistanceRequest current = find(id);
            model.addAttribute("request", current);
            return form(model, RequestForm.of(current), Map.of(), e.getMessage());
        }
    }

    @PostMapping("/assistance/requests/{id}/status")
    String changeStatus(Viewer viewer, @PathVariable String id, @RequestParam(required = false) String to,
            @RequestParam(required = false) String version, Model model, HttpServletResponse response) {
        AssistanceRequest request = find(id);
        String problem;
        try {
            RequestStatus target = RequestStatus.fromSlug(to == null ? "" : to).orElseThrow(
                    () -> new IllegalArgumentException("'" + FormValues.echo(to) + "' is not a status."));
            requests.changeStatus(request.id(), target, FormValues.version(version), viewer.name());
            return "redirect:/assistance/requests/" + id;
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            problem = e.getMessage();
        } catch (TransitionRefusedException | ConcurrentEditException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            problem = e.getMessage();
        }
        AssistanceRequest current = find(id);
        model.addAttribute("request", current);
        model.addAttribute("transitions", requests.transitions(current.id()));
        model.addAttribute("today", requests.today());
        model.addAttribute("staff", true);
        model.addAttribute("next", AssistanceRequests.byHandFrom(current.status()));
        model.addAttribute("statusProblem", problem);
        return "assistance/show";
    }

    private String form(Model model, RequestForm form, Map<String, String> errors, String conflict) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("areas", AssistanceArea.values());
        model.addAttribute("states", ReferenceData.standard().states().all().stream()
                .sorted(Comparator.comparing(State::shortName)).toList());
        return "assistance/form";
    }

    private AssistanceRequest find(String id) {
        return AssistanceRequestId.parse(id).flatMap(i -> requests.find(i, Audience.STAFF))
                .orElseThrow(() -> new NotFoundException("assistance request", id));
    }
}
