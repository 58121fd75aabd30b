package org.atlas1540.server.region;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.atlas1540.reference.StateCode;
import org.atlas1540.server.event.EventTimeline;
import org.atlas1540.server.event.StateEngagement;
import org.atlas1540.server.event.StateGrouping;
import org.atlas1540.server.event.StateGroupings;
import org.atlas1540.server.map.ChoroplethMaps;
import org.atlas1540.server.plan.ActionPlans;
import org.atlas1540.server.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The index of regions and each region's page. */
@Controller
class RegionController {
    private final StateGroupings groupings;
    private final EventTimeline timeline;
    private final ChoroplethMaps maps;
    private final ActionPlans plans;
    private final Clock clock;

    /** @param clock a {@link Clock} bean when the application has one; the system clock in UTC otherwise */
    RegionController(StateGroupings groupings, EventTimeline timeline, ChoroplethMaps maps, ActionPlans plans,
            Clock clock) {
        this.groupings = groupings;
        this.plans = plans;
        this.timeline = timeline;
        this.maps = maps;
        this.clock = clock;
    }

    @GetMapping("/regions")
    String list(Model model) {
        ReachWindow window = ReachWindow.of(ReachWindow.DEFAULT_YEARS, today());
        Map<StateCode, StateEngagement> engagement = timeline.engagementByState(window.since());
        var byKind = new LinkedHashMap<StateGrouping.Kind, List<RegionReach>>();
        for (StateGrouping g : groupings.all()) {
            byKind.computeIfAbsent(g.kind(), k -> new ArrayList<>())
                    .add(RegionReach.of(g, window, engagement));
        }
        model.addAttribute("window", window);
        model.addAttribute("kinds", byKind);
        return "region/list";
    }

    /**
     * A region's page. A {@code years} that is not a whole number from 1 to 100 answers 400 with
     * the page and a message, and no lists.
     */
    @GetMapping("/regions/{id}")
    String show(@PathVariable String id, @RequestParam(name = "years", required = false) String years, Model model,
            HttpServletResponse response) {
        List<StateGrouping> all = groupings.all();
        StateGrouping region = all.stream().filter(g -> g.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("region", id));
        model.addAttribute("region", region);
        model.addAttribute("parent", all.stream().filter(g -> g.id().equals(region.parent())).findFirst().orElse(null));
        model.addAttribute("subregions", all.stream().filter(g -> id.equals(g.parent())).toList());
        model.addAttribute("plans", RegionPlans.of(region.codes(), plans.latestByState()));
        ReachWindow window;
        try {
            window = ReachWindow.parse(years, today());
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", e.getMessage());
            model.addAttribute("years", years);
            return "region/show";
        }
        RegionReach reach = RegionReach.of(region, window, timeline.engagementByState(window.since()));
        model.addAttribute("years", String.valueOf(window.years()));
        model.addAttribute("reach", reach);
        model.addAttribute("map", maps.region(reach.recentCounts(), region.codes(),
                "Events each State attended or hosted " + window.phrase(), window.phrase()));
        return "region/show";
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
