package org.atlas1540.server.matching;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.atlas1540.server.assistance.AssistanceRequestId;
import org.atlas1540.server.assistance.Audience;
import org.atlas1540.server.web.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A request's matches and suggested offers, and each match, as JSON; they follow the request's visibility. */
@RestController
@Tag(name = "Matchmaking", description = "Suggested offers for requests, accepted matches, feedback on delivery")
class MatchApiController {
    private final Matchmaking matchmaking;

    MatchApiController(Matchmaking matchmaking) {
        this.matchmaking = matchmaking;
    }

    @GetMapping(path = "/api/v1/assistance-requests/{id}/suggestions", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Offers in the request's area, best first, each with its score and the reasons for it")
    List<MatchJson.SuggestionItem> suggestions(@PathVariable String id) {
        return MatchJson.suggestions(matchmaking.suggestions(requestId(id), Audience.current()));
    }

    @GetMapping(path = "/api/v1/assistance-requests/{id}/matches", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The request's accepted matches, oldest first")
    List<MatchJson.MatchItem> matches(@PathVariable String id) {
        Audience audience = Audience.current();
        return matchmaking.matchesOf(requestId(id), audience).stream()
                .map(m -> MatchJson.MatchItem.of(m, audience.seesRestricted())).toList();
    }

    @GetMapping(path = "/api/v1/assistance-matches/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One match")
    MatchJson.MatchItem one(@PathVariable String id) {
        Audience audience = Audience.current();
        return MatchId.parse(id).flatMap(m -> matchmaking.find(m, audience))
                .map(m -> MatchJson.MatchItem.of(m, audience.seesRestricted()))
                .orElseThrow(() -> new NotFoundException("match", id));
    }

    private static AssistanceRequestId requestId(String id) {
        return AssistanceRequestId.parse(id).orElseThrow(() -> new NotFoundException("assistance request", id));
    }
}
