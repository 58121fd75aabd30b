package org.atlas1540.server.matching;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.atlas1540.server.assistance.FormValues;
import org.atlas1540.server.assistance.TransitionRefusedException;
import org.atlas1540.server.offer.AssistanceOfferId;
import org.atlas1540.server.account.Viewer;
import org.atlas1540.server.web.InvalidInputException;
import org.atlas1540.server.web.Links;
import org.atlas1540.server.web.RecordApiErrors;
import org.atlas1540.server.assistance.AssistanceRequestId;
import org.atlas1540.server.assistance.Audience;
import org.atlas1540.server.web.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A request's matches and suggested offers, and each match, as JSON; they follow the request's visibility. */
@RestController
@Tag(name = "Matchmaking", description = "Suggested offers for requests, accepted matches, feedback on delivery")
class MatchApiController extends RecordApiErrors {
    private final Matchmaking matchmaking;

    MatchApiController(Matchmaking matchmaking) {
        this.matchmaking = matchmaking;
    }

    @GetMapping(path = "/api/v1/assistance-requests/{id}/suggestions", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Offers in the request's area, best first, each with its score and the reasons for it")
    List<MatchJson.SuggestionItem> suggestions(@Parameter(hidden = true) Viewer viewer, @PathVariable String id) {
        return MatchJson.suggestions(matchmaking.suggestions(requestId(id), Audience.of(viewer.isStaff())));
    }

    @GetMapping(path = "/api/v1/assistance-requests/{id}/matches", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The request's accepted matches, oldest first")
    List<MatchJson.MatchItem> matches(@Parameter(hidden = true) Viewer viewer, @PathVariable String id) {
        Audience audience = Audience.of(viewer.isStaff());
        return matchmaking.matchesOf(requestId(id), audience).stream()
                .map(m -> MatchJson.MatchItem.of(m, audience.seesRestricted())).toList();
    }

    @GetMapping(path = "/api/v1/assistance-matches/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One match")
    MatchJson.MatchItem one(@Parameter(hidden = true) Viewer viewer, @PathVariable String id) {
        Audience audience = Audience.of(viewer.isStaff());
        return MatchId.parse(id).flatMap(m -> matchmaking.find(m, audience))
                .map(m -> MatchJson.MatchItem.of(m, audience.seesRestricted()))
                .orElseThrow(() -> new NotFoundException("match", id));
    }

    /** @param offer the offer's id; @param version the request's version you read */
    record AcceptBody(String offer, String version) {
    }

    @PostMapping(path = "/api/v1/assistance-requests/{id}/matches", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Accept an offer for a request (staff): the request becomes matched. 409 when its lifecycle "
            + "does not allow it yet")
    ResponseEntity<MatchJson.MatchItem> accept(@Parameter(hidden = true) Viewer viewer, @PathVariable String id, @RequestBody AcceptBody body) {
        AssistanceOfferId offer = AssistanceOfferId.parse(body.offer()).orElseThrow(() -> InvalidInputException.of(
                "offer", "'" + FormValues.echo(body.offer()) + "' is not an offer's id."));
        int version;
        try {
            version = FormValues.version(body.version());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("version", e.getMessage());
        }
        Match match = matchmaking.accept(requestId(id), offer, version, viewer.name());
        return ResponseEntity.created(URI.create(Links.absolute("/api/v1/assistance-matches/" + match.id())))
                .body(MatchJson.MatchItem.of(match, true));
    }

    @GetMapping(path = "/api/v1/assistance-matches/{id}/feedback", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Feedback on a match (staff only: for others there is none to see)")
    List<MatchJson.FeedbackItem> feedback(@Parameter(hidden = true) Viewer viewer, @PathVariable String id) {
        Audience audience = Audience.of(viewer.isStaff());
        Match match = MatchId.parse(id).flatMap(m -> matchmaking.find(m, audience))
                .filter(m -> audience.seesRestricted())
                .orElseThrow(() -> new NotFoundException("match", id));
        return matchmaking.feedback(match.id()).stream().map(MatchJson.FeedbackItem::of).toList();
    }

    @PostMapping(path = "/api/v1/assistance-matches/{id}/feedback", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a provider's or recipient's feedback on a match (staff); a rating, an outcome or both")
    ResponseEntity<MatchJson.FeedbackItem> addFeedback(@Parameter(hidden = true) Viewer viewer, @PathVariable String id, @RequestBody FeedbackForm body) {
        MatchId match = MatchId.parse(id).filter(m -> matchmaking.find(m, Audience.STAFF).isPresent())
                .orElseThrow(() -> new NotFoundException("match", id));
        Feedback feedback = matchmaking.addFeedback(match, body, viewer.name());
        return ResponseEntity.created(URI.create(Links.absolute("/api/v1/assistance-matches/" + id + "/feedback")))
                .body(MatchJson.FeedbackItem.of(feedback));
    }

    @ExceptionHandler(TransitionRefusedException.class)
    ResponseEntity<Map<String, Object>> refused(TransitionRefusedException e, HttpServletRequest request) {
        return conflict(e.getMessage(), request);
    }

    private static AssistanceRequestId requestId(String id) {
        return AssistanceRequestId.parse(id).orElseThrow(() -> new NotFoundException("assistance request", id));
    }
}
