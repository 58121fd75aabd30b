package org.atlas1540.server.matching;

import jakarta.servlet.http.HttpServletResponse;
import org.atlas1540.server.assistance.AssistanceRequest;
import org.atlas1540.server.assistance.AssistanceRequestId;
import org.atlas1540.server.assistance.AssistanceRequests;
import org.atlas1540.server.assistance.Audience;
import org.atlas1540.server.assistance.FormValues;
import org.atlas1540.server.assistance.TransitionRefusedException;
import org.atlas1540.server.offer.AssistanceOfferId;
import org.atlas1540.server.offer.AssistanceOffers;
import org.atlas1540.server.account.Viewer;
import org.atlas1540.server.web.ConcurrentEditException;
import org.atlas1540.server.web.InvalidInputException;
import org.atlas1540.server.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Staff accept a suggested offer for a request, and record feedback on a match. */
@Controller
class MatchFormController {
    private final Matchmaking matchmaking;
    private final AssistanceRequests requests;
    private final AssistanceOffers offers;

    MatchFormController(Matchmaking matchmaking, AssistanceRequests requests, AssistanceOffers offers) {
        this.matchmaking = matchmaking;
        this.requests = requests;
        this.offers = offers;
    }

    @PostMapping("/assistance/requests/{id}/matches")
    String accept(Viewer viewer, @PathVariable String id, @RequestParam(required = false) String offer,
            @RequestParam(required = false) String version, Model model, HttpServletResponse response) {
        AssistanceRequest request = AssistanceRequestId.parse(id).flatMap(i -> requests.find(i, Audience.STAFF))
                .orElseThrow(() -> new NotFoundException("assistance request", id));
        String problem;
        try {
            AssistanceOfferId offerId = AssistanceOfferId.parse(offer).orElseThrow(
                    () -> InvalidInputException.of("offer", "'" + FormValues.echo(offer) + "' is not an offer's id."));
            matchmaking.accept(request.id(), offerId, FormValues.version(version), viewer.name());
            return "redirect:/assistance/requests/" + id + "/matches";
        } catch (InvalidInputException | IllegalArgumentException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            problem = e.getMessage();
        } catch (TransitionRefusedException | ConcurrentEditException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            problem = e.getMessage();
        }
        AssistanceRequest current = requests.find(request.id(), Audience.STAFF).orElseThrow();
        model.addAttribute("request", current);
        model.addAttribute("matches", matchmaking.matchesOf(current.id(), Audience.STAFF));
        model.addAttribute("suggestions", matchmaking.suggestions(current.id(), Audience.STAFF));
        model.addAttribute("canMatch", Matchmaking.canTakeMatch(current.status()));
        model.addAttribute("staff", true);
        model.addAttribute("problem", problem);
        return "matching/request";
    }

    @PostMapping("/assistance/matches/{id}/feedback")
    String feedback(Viewer viewer, @PathVariable String id, FeedbackForm form, Model model, HttpServletResponse response) {
        Match match = MatchId.parse(id).flatMap(m -> matchmaking.find(m, Audience.STAFF))
                .orElseThrow(() -> new NotFoundException("match", id));
        try {
            matchmaking.addFeedback(match.id(), form, viewer.name());
            return "redirect:/assistance/matches/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", e.problems().byField());
        }
        model.addAttribute("match", match);
        model.addAttribute("request", requests.find(match.request(), Audience.STAFF).orElseThrow());
        model.addAttribute("offer", offers.find(match.offer()).orElseThrow());
        model.addAttribute("staff", true);
        model.addAttribute("feedback", matchmaking.feedback(match.id()));
        model.addAttribute("form", form);
        model.addAttribute("parties", FeedbackParty.values());
        model.addAttribute("outcomes", DeliveryOutcome.values());
        return "matching/match";
    }

}
