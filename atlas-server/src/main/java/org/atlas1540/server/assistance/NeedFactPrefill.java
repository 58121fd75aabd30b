package org.atlas1540.server.assistance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.atlas1540.server.event.EventSources;
import org.atlas1540.server.event.SourceFact;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A new request's form filled in from an assistance need the reader suggested (the review queue's
 * "Record the request…"): the State, the first area that is an assistance area, what is needed, and
 * the source. The editor checks and corrects it before saving; nothing is stored here.
 */
@Component
class NeedFactPrefill {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String NEED = "assistance-need";

    private final EventSources sources;

    NeedFactPrefill(EventSources sources) {
        this.sources = sources;
    }

    /** The form for these query parameters; an empty form when they name no need of an event. */
    RequestForm form(String state, String sourceEvent, String sourceFact, String today) {
        String slug = sourceEvent == null ? "" : sourceEvent.strip();
        String number = sourceFact == null ? "" : sourceFact.strip();
        Optional<SourceFact> fact = slug.matches("[a-z0-9][a-z0-9-]{0,199}") && number.matches("\\d{1,3}")
                ? sources.fact(slug, Integer.parseInt(number)).filter(f -> NEED.equals(f.type()))
                : Optional.empty();
        if (fact.isEmpty()) {
            String code = state != null && state.strip().matches("[A-Za-z]{3}")
                    ? state.strip().toUpperCase(Locale.ROOT) : "";
            return new RequestForm(code, "", "", today, "", "", "", "", "");
        }
        JsonNode payload = JSON.readTree(fact.get().payload());
        String area = "";
        for (JsonNode topic : payload.path("areas")) {
            String id = topic.isObject() ? topic.path("id").asString("") : topic.asString("");
            if (AssistanceArea.find(id).isPresent()) {
                area = id;
                break;
            }
        }
        List<String> needs = new ArrayList<>();
        payload.path("needs").forEach(n -> needs.add(n.asString("")));
        String what = needs.isEmpty() ? fact.get().quote() : String.join("; ", needs);
        String code = fact.get().stateCode() == null ? "" : fact.get().stateCode();
        return new RequestForm(code, area, what == null ? "" : what, today, slug, number, "", "", "");
    }
}
