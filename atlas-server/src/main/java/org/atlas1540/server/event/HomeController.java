package org.atlas1540.server.event;

import java.util.Optional;
import org.atlas1540.server.account.Viewer;
import org.atlas1540.server.map.ChoroplethMaps;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what the database holds, the map of engagement, events per year by region, recent events. */
@Controller
class HomeController {
    private static final int RECENT = 10;

    private final EventRepository events;
    private final EventAggregates aggregates;
    private final EventTimeline timeline;
    private final StateGroupings groupings;
    private final ChoroplethMaps maps;
    private final ObjectProvider<HomePageParts> parts;

    HomeController(EventRepository events, EventAggregates aggregates, EventTimeline timeline, StateGroupings groupings,
            ChoroplethMaps maps, ObjectProvider<HomePageParts> parts) {
        this.parts = parts;
        this.events = events;
        this.aggregates = aggregates;
        this.timeline = timeline;
        this.groupings = groupings;
        this.maps = maps;
    }

    @GetMapping("/")
    String home(Viewer viewer, Model model) {
        model.addAttribute("parts", parts.orderedStream().map(p -> p.forHome(viewer)).flatMap(Optional::stream).toList());
        model.addAttribute("overview", aggregates.overview());
        model.addAttribute("recent", events.recent(RECENT));
        model.addAttribute("map", maps.world(timeline.eventCountsByState(), "Events each State attended or hosted"));
        var regions = groupings.all().stream().filter(g -> g.kind() == StateGrouping.Kind.M49_REGION).toList();
        ChartCounts counts = aggregates.chart();
        model.addAttribute("chart", RegionYearChart.of(counts.perYearAndVenue(), regions, counts.undated()));
        return "event/home";
    }
}
