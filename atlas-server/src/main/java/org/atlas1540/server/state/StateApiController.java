package org.atlas1540.server.state;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.atlas1540.reference.StateCode;
import org.atlas1540.reference.UnRegionalGroup;
import org.atlas1540.server.event.EventTimeline;
import org.atlas1540.server.web.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The States as JSON: all of them with their event counts, and each with its events. */
@RestController
@RequestMapping(path = "/api/v1/states", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "States", description = "UN Member States, observer States and other entities, by ISO alpha-3 code")
class StateApiController {
    private final StateApiRepository states;
    private final EventTimeline timeline;

    StateApiController(StateApiRepository states, EventTimeline timeline) {
        this.states = states;
        this.timeline = timeline;
    }

    @GetMapping
    @Operation(summary = "All States, by short name, with how many events each hosted or is named by")
    List<StateJson.StateItem> list() {
        Map<StateCode, Integer> counts = timeline.eventCountsByState();
        return states.all().stream()
                .map(s -> new StateJson.StateItem(s.code(), s.alpha2(), s.shortName(), s.status(), s.region(),
                        s.subregion(), s.groups().stream().map(UnRegionalGroup::slug).toList(), s.osceStatus(),
                        counts.getOrDefault(StateCode.of(s.code()), 0), StateJson.StateLinks.of(s.code())))
                .toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "One State with the events it attended, organised or hosted, newest first")
    StateJson.State one(@Parameter(description = "ISO 3166-1 alpha-3 code, such as SRB") @PathVariable String code) {
        StateCode stateCode = parse(code);
        var s = states.find(stateCode).orElseThrow(() -> new NotFoundException("State", code));
        return new StateJson.State(s.code(), s.alpha2(), s.shortName(), s.formalName(), s.status(),
                s.groups().stream().map(g -> new StateJson.Group(g.slug(), g.label())).toList(), s.region(),
                s.subregion(), s.osceStatus(), timeline.of(stateCode).stream().map(StateJson.StateEvent::of).toList(),
                StateJson.StateLinks.of(s.code()));
    }

    private static StateCode parse(String code) {
        try {
            return StateCode.of(code);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("State", code);
        }
    }
}
