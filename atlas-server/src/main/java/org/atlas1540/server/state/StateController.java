package org.atlas1540.server.state;

import java.util.Map;
import org.atlas1540.reference.StateCode;
import org.atlas1540.server.event.EventTimeline;
import org.atlas1540.server.plan.ActionPlans;
import org.atlas1540.server.visit.CountryVisits;
import org.atlas1540.server.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The list of States and each State's page. */
@Controller
class StateController {
    private final StateRepository states;
    private final EventTimeline timeline;
    private final ActionPlans plans;
    private final CountryVisits visits;

    StateController(StateRepository states, EventTimeline timeline, ActionPlans plans, CountryVisits visits) {
        this.states = states;
        this.timeline = timeline;
        this.plans = plans;
        this.visits = visits;
    }

    @GetMapping("/states")
    String list(Model model) {
        Map<StateCode, Integer> counts = timeline.eventCountsByState();
        model.addAttribute("states", states.all());
        model.addAttribute("counts", counts);
        model.addAttribute("reached", counts.size());
        return "state/list";
    }

    @GetMapping("/states/{code}")
    String show(@PathVariable String code, @RequestParam(required = false) String page, Model model) {
        StateCode stateCode = parse(code);
        model.addAttribute("state", states.find(stateCode).orElseThrow(() -> new NotFoundException("State", code)));
        model.addAttribute("timeline", timeline.pageOf(stateCode, page));
        model.addAttribute("plans", plans.historyOf(stateCode));
        model.addAttribute("visits", visits.of(stateCode));
        return "state/show";
    }

    private static StateCode parse(String code) {
        try {
            return StateCode.of(code);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("State", code);
        }
    }
}
