package org.atlas1540.server.review;

import java.util.List;
import java.util.Set;
import org.atlas1540.server.event.FactReview;
import org.atlas1540.server.web.ConcurrentEditException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /review}: the suggested facts that wait, and the editor's decision on each. */
@Controller
class ReviewController {
    static final int PAGE_SIZE = 25;
    private static final Set<String> TYPES = Set.of("national-action-plan", "country-visit", "assistance-need",
            "recommendations", "related-event");

    private final FactReview review;

    ReviewController(FactReview review) {
        this.review = review;
    }

    @GetMapping("/review")
    @PreAuthorize("hasRole('EDITOR')")
    String queue(@RequestParam(required = false) String type, @RequestParam(required = false) String page,
            Model model) {
        String chosen = type != null && TYPES.contains(type) ? type : null;
        var waiting = review.waitingByType();
        long all = waiting.values().stream().mapToLong(Long::longValue).sum();
        long total = chosen == null ? all : waiting.getOrDefault(chosen, 0L);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int number = page != null && page.matches("\\d{1,6}") ? Math.min(Math.max(1, Integer.parseInt(page)), pages) : 1;
        List<ReviewItem> items = review.suggested(chosen, (number - 1) * PAGE_SIZE, PAGE_SIZE).stream()
                .map(ReviewItem::of).toList();
        model.addAttribute("items", items);
        model.addAttribute("waiting", waiting);
        model.addAttribute("type", chosen);
        model.addAttribute("total", total);
        model.addAttribute("all", all);
        model.addAttribute("number", number);
        model.addAttribute("pages", pages);
        return "review/queue";
    }

    @PostMapping("/review/{slug}/{number}/reject")
    String reject(@PathVariable String slug, @PathVariable int number, @RequestParam(required = false) String type,
            RedirectAttributes redirect) {
        return decide(() -> review.reject(slug, number), "Fact " + number + " of " + slug + " was rejected.", type,
                redirect);
    }

    @PostMapping("/review/{slug}/{number}/confirm")
    String confirm(@PathVariable String slug, @PathVariable int number, @RequestParam(required = false) String type,
            RedirectAttributes redirect) {
        return decide(() -> review.confirm(slug, number, "confirmed in the review queue"),
                "Fact " + number + " of " + slug + " was confirmed.", type, redirect);
    }

    private static String decide(Runnable decision, String done, String type, RedirectAttributes redirect) {
        try {
            decision.run();
            redirect.addFlashAttribute("done", done);
        } catch (ConcurrentEditException e) {
            redirect.addFlashAttribute("conflict", e.getMessage());
        }
        return "redirect:/review" + (type != null && TYPES.contains(type) ? "?type=" + type : "");
    }
}
