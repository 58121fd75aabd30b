package org.atlas1540.server.event;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what the database holds, and the most recent events. */
@Controller
class HomeController {
    private static final int RECENT = 10;

    private final EventRepository events;

    HomeController(EventRepository events) {
        this.events = events;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("overview", events.overview());
        model.addAttribute("recent", events.recent(RECENT));
        return "event/home";
    }
}
