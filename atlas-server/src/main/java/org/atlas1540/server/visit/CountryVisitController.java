package org.atlas1540.server.visit;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import org.atlas1540.reference.ReferenceData;
import org.atlas1540.reference.State;
import org.atlas1540.server.event.EventSources;
import org.atlas1540.server.web.ConcurrentEditException;
import org.atlas1540.server.web.FieldProblems;
import org.atlas1540.server.web.Inputs;
import org.atlas1540.server.web.InvalidParameterException;
import org.atlas1540.server.web.NotFoundException;
import org.atlas1540.server.web.PageRequest;
import org.atlas1540.server.web.QueryParameters;
import org.atlas1540.server.web.RecordForms;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The list of visits, each visit's page with its status steps, and the forms (staff). */
@Controller
class CountryVisitController {
    private final CountryVisits visits;
    private final EventSources sources;

    CountryVisitController(CountryVisits visits, EventSources sources) {
        this.visits = visits;
        this.sources = sources;
    }

    @GetMapping("/country-visits")
    String list(@RequestParam(required = false) String state, @RequestParam(required = false) String status,
            @RequestParam(required = false) String page, Model model, HttpServletResponse response) {
        model.addAttribute("state", state);
        model.addAttribute("status", status);
        model.addAttribute("statuses", VisitStatus.values());
        try {
            model.addAttribute("results", visits.page(QueryParameters.state("state", state),
                    QueryParameters.choice("status", status, VisitStatus::of, VisitStatus.allowed()),
                    PageRequest.of(page, null)));
        } catch (InvalidParameterException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", e.getMessage());
            model.addAttribute("problemField", e.parameter());
        }
        return "visit/list";
    }

    @GetMapping("/country-visits/{id}")
    String show(@PathVariable String id, Model model) {
        return show(find(id), model, null);
    }

    @PostMapping("/country-visits/{id}/status")
    String changeStatus(@PathVariable String id, StatusChange change, Model model,
            HttpServletResponse response) {
        CountryVisit visit = find(id);
        var inputs = new Inputs();
        Integer expected = change.expectedVersion(inputs);
        VisitStatus to = change.to(inputs);
        return RecordForms.stepOrShowAgain(inputs.problems(), () -> {
            visits.changeStatus(visit.id(), expected, to);
            return "redirect:/country-visits/" + visit.id() + "?saved";
        }, problem -> show(visit, model, problem), problem -> show(find(id), model, problem), response);
    }

    @PreAuthorize("hasRole('EDITOR')")
    @GetMapping("/country-visits/new")
    String newForm(@RequestParam(required = false) String state, @RequestParam(required = false) String sourceEvent,
            @RequestParam(required = false) String sourceFact, Model model) {
        return form(model, null, CountryVisitForm.newVisit(state, sourceEvent, sourceFact), new FieldProblems(), null);
    }

    @PostMapping("/country-visits")
    String create(CountryVisitForm form, Model model, HttpServletResponse response) {
        var inputs = new Inputs();
        CountryVisitValues values = form.read(inputs, null);
        return RecordForms.saveOrShowAgain(inputs.problems(),
                () -> "redirect:/country-visits/" + visits.create(values).id() + "?saved",
                problems -> form(model, null, form, problems, null), response);
    }

    @PreAuthorize("hasRole('EDITOR')")
    @GetMapping("/country-visits/{id}/edit")
    String editForm(@PathVariable String id, Model model) {
        CountryVisit visit = find(id);
        return form(model, visit, CountryVisitForm.of(visit), new FieldProblems(), null);
    }

    @PostMapping("/country-visits/{id}")
    String update(@PathVariable String id, CountryVisitForm form, Model model, HttpServletResponse response) {
        CountryVisit visit = find(id);
        var inputs = new Inputs();
        Integer expected = form.expectedVersion(inputs);
        CountryVisitValues values = form.read(inputs, visit.status());
        try {
            return RecordForms.saveOrShowAgain(inputs.problems(),
                    () -> "redirect:/country-visits/" + visits.update(visit.id(), expected, values).id() + "?saved",
                    problems -> form(model, visit, form, problems, null), response);
        } catch (ConcurrentEditException e) {
            // Nothing was written: show what is stored now, so that the editor starts from it.
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            CountryVisit current = find(id);
            return form(model, current, CountryVisitForm.of(current), new FieldProblems(), e.getMessage());
        }
    }

    private String show(CountryVisit visit, Model model, String statusProblem) {
        model.addAttribute("visit", visit);
        model.addAttribute("statusProblem", statusProblem);
        model.addAttribute("sourceEvent", visit.source().eventSlug() == null ? null
                : sources.heading(visit.source().eventSlug()).orElse(null));
        model.addAttribute("sourceFact", visit.source().factNumber() == null ? null
                : sources.fact(visit.source().eventSlug(), visit.source().factNumber()).orElse(null));
        return "visit/show";
    }

    private String form(Model model, CountryVisit visit, CountryVisitForm form, FieldProblems problems,
            String conflict) {
        model.addAttribute("visit", visit);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("conflict", conflict);
        model.addAttribute("statuses", VisitStatus.values());
        model.addAttribute("states", states());
        return "visit/form";
    }

    private CountryVisit find(String id) {
        return CountryVisitId.parse(id).flatMap(visits::find)
                .orElseThrow(() -> new NotFoundException("country visit", id));
    }

    private static List<State> states() {
        return ReferenceData.standard().states().all().stream().sorted(Comparator.comparing(State::shortName)).toList();
    }
}
