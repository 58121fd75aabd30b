package org.atlas1540.server.plan;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import org.atlas1540.reference.ReferenceData;
import org.atlas1540.reference.State;
import org.atlas1540.reference.StateCode;
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

/** The list of plan versions, each version's page, and the forms that add and change them (staff). */
@Controller
class ActionPlanController {
    private final ActionPlans plans;
    private final EventSources sources;

    ActionPlanController(ActionPlans plans, EventSources sources) {
        this.plans = plans;
        this.sources = sources;
    }

    @GetMapping("/action-plans")
    String list(@RequestParam(required = false) String state, @RequestParam(required = false) String status,
            @RequestParam(required = false) String page, Model model, HttpServletResponse response) {
        model.addAttribute("state", state);
        model.addAttribute("status", status);
        model.addAttribute("statuses", PlanStatus.values());
        try {
            StateCode code = QueryParameters.state("state", state);
            PlanStatus planStatus = QueryParameters.choice("status", status, PlanStatus::of, PlanStatus.allowed());
            model.addAttribute("results", plans.page(code, planStatus, PageRequest.of(page, null)));
        } catch (InvalidParameterException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", e.getMessage());
            model.addAttribute("problemField", e.parameter());
        }
        return "plan/list";
    }

    @GetMapping("/action-plans/{id}")
    String show(@PathVariable String id, Model model) {
        ActionPlan plan = find(id);
        model.addAttribute("plan", plan);
        model.addAttribute("history", plans.historyOf(plan.state()));
        model.addAttribute("sourceEvent", plan.source().eventSlug() == null ? null
                : sources.heading(plan.source().eventSlug()).orElse(null));
        model.addAttribute("sourceFact", plan.source().factNumber() == null ? null
                : sources.fact(plan.source().eventSlug(), plan.source().factNumber()).orElse(null));
        return "plan/show";
    }

    @PreAuthorize("hasRole('EDITOR')")
    @GetMapping("/action-plans/new")
    String newForm(@RequestParam(required = false) String state, @RequestParam(required = false) String sourceEvent,
            @RequestParam(required = false) String sourceFact, Model model) {
        int next = 1;
        try {
            StateCode code = QueryParameters.state("state", state);
            if (code != null) {
                next = plans.historyOf(code).stream().mapToInt(ActionPlan::planVersion).max().orElse(0) + 1;
            }
        } catch (InvalidParameterException e) {
            state = null;
        }
        return form(model, null, ActionPlanForm.newVersion(state, next, sourceEvent, sourceFact), new FieldProblems(),
                null);
    }

    @PostMapping("/action-plans")
    String create(ActionPlanForm form, Model model, HttpServletResponse response) {
        var inputs = new Inputs();
        ActionPlanValues values = form.read(inputs);
        return RecordForms.saveOrShowAgain(inputs.problems(),
                () -> "redirect:/action-plans/" + plans.create(values).id() + "?saved",
                problems -> form(model, null, form, problems, null), response);
    }

    @PreAuthorize("hasRole('EDITOR')")
    @GetMapping("/action-plans/{id}/edit")
    String editForm(@PathVariable String id, Model model) {
        ActionPlan plan = find(id);
        return form(model, plan, ActionPlanForm.of(plan), new FieldProblems(), null);
    }

    @PostMapping("/action-plans/{id}")
    String update(@PathVariable String id, ActionPlanForm form, Model model, HttpServletResponse response) {
        ActionPlan plan = find(id);
        var inputs = new Inputs();
        Integer expected = form.expectedVersion(inputs);
        ActionPlanValues values = form.read(inputs);
        try {
            return RecordForms.saveOrShowAgain(inputs.problems(),
                    () -> "redirect:/action-plans/" + plans.update(plan.id(), expected, values).id() + "?saved",
                    problems -> form(model, plan, form, problems, null), response);
        } catch (ConcurrentEditException e) {
            // Nothing was written: show what is stored now, so that the editor starts from it.
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            ActionPlan current = find(id);
            return form(model, current, ActionPlanForm.of(current), new FieldProblems(), e.getMessage());
        }
    }

    private String form(Model model, ActionPlan plan, ActionPlanForm form, FieldProblems problems, String conflict) {
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("conflict", conflict);
        model.addAttribute("statuses", PlanStatus.values());
        model.addAttribute("states", states());
        return "plan/form";
    }

    private ActionPlan find(String id) {
        return ActionPlanId.parse(id).flatMap(plans::find).orElseThrow(() -> new NotFoundException("action plan", id));
    }

    static List<State> states() {
        return ReferenceData.standard().states().all().stream().sorted(Comparator.comparing(State::shortName)).toList();
    }
}
