package org.atlas1540.server.matching;

import org.atlas1540.server.account.Viewer;
import org.atlas1540.server.assistance.AssistanceRequest;
import org.atlas1540.server.assistance.AssistanceRequestId;
import org.atlas1540.server.assistance.AssistanceRequests;
import org.atlas1540.server.assistance.Audience;
import org.atlas1540.server.assistance.RequestFilter;
import org.atlas1540.server.offer.AssistanceOffers;
import org.atlas1540.server.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The assistance overview, a request's matches and suggested offers, and each match with its feedback. */
@Controller
class MatchController {
    private final Matchmaking matchmaking;
    private final AssistanceRequests requests;
    private final AssistanceOffers offers;

    MatchController(Matchmaking matchmaking, AssistanceRequests requests, AssistanceOffers offers) {
        this.matchmaking = matchmaking;
        this.requests = requests;
        this.offers = offers;
    }

    @GetMapping("/assistance")
    String overview(Viewer viewer, Model model) {
        Audience audience = Audience.of(viewer.isStaff());
        model.addAttribute("staff", audience.seesRestricted());
        model.addAttribute("openRequests", requests.count(new RequestFilter(null, null, null, null, true), audience));
        model.addAttribute("requests", requests.count(RequestFilter.all(), audience));
        model.addAttribute("offers", offers.count(null, null));
        return "matching/overview";
    }

    @GetMapping("/assistance/requests/{id}/matches")
    String matches(Viewer viewer, @PathVariable String id, Model model) {
        Audience audience = Audience.of(viewer.isStaff());
        AssistanceRequest request = AssistanceRequestId.parse(id).flatMap(i -> requests.find(i, audience))
                .orElseThrow(() -> new NotFoundException("assistance request", id));
        model.addAttribute("request", request);
        model.addAttribute("matches", matchmaking.matchesOf(request.id(), audience));
        model.addAttribute("suggestions", matchmaking.suggestions(request.id(), audience));
        model.addAttribute("canMatch", Matchmaking.canTakeMatch(request.status()));
        model.addAttribute("staff", audience.seesRestricted());
        return "matching/request";
    }

    @GetMapping("/assistance/matches/{id}")
    String match(Viewer viewer, @PathVariable String id, Model model) {
        Audience audience = Audience.of(viewer.isStaff());
        Match match = MatchId.parse(id).flatMap(m -> matchmaking.find(m, audience))
                .orElseThrow(() -> new NotFoundException("match", id));
        model.addAttribute("match", match);
        model.addAttribute("request", requests.find(match.request(), audience).orElseThrow());
        model.addAttribute("offer", offers.find(match.offer()).orElseThrow());
        model.addAttribute("staff", audience.seesRestricted());
        model.addAttribute("feedback", audience.seesRestricted() ? matchmaking.feedback(match.id()) : java.util.List.of());
        model.addAttribute("form", FeedbackForm.empty());
        model.addAttribute("parties", FeedbackParty.values());
        model.addAttribute("outcomes", DeliveryOutcome.values());
        return "matching/match";
    }
}
