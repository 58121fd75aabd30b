package org.atlas1540.server.state;

import static org.assertj.core.api.Assertions.assertThat;

import org.atlas1540.server.testing.ApiTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code /api/v1/states} through real HTTP. */
class StateApiTest extends ApiTestSupport {

    @Test
    void theListHasEveryStateByNameWithItsGroupsAndEventCount() {
        JsonNode states = okJson("/api/v1/states");

        assertThat(states.size()).isGreaterThanOrEqualTo(195);
        assertThat(states.get(0).get("shortName").asString()).isEqualTo("Afghanistan");
        JsonNode serbia = states.valueStream().filter(s -> s.get("code").asString().equals("SRB")).findFirst().orElseThrow();
        assertThat(serbia.get("shortName").asString()).isEqualTo("Serbia");
        assertThat(serbia.get("alpha2").asString()).isEqualTo("RS");
        assertThat(serbia.get("groups").get(0).asString()).isEqualTo("eastern-european");
        assertThat(serbia.get("region").asString()).isEqualTo("Europe");
        assertThat(serbia.get("events").asInt()).isEqualTo(2);
        assertThat(serbia.get("links").get("html").asString()).isEqualTo(base() + "/states/SRB");
        assertThat(serbia.get("links").get("calendar").asString()).isEqualTo(base() + "/states/SRB/events.ics");
        JsonNode fiji = states.valueStream().filter(s -> s.get("code").asString().equals("FJI")).findFirst().orElseThrow();
        assertThat(fiji.get("events").asInt()).isZero();
    }

    @Test
    void aStateListsItsEventsNewestFirstWithHowItTookPart() {
        JsonNode serbia = okJson("/api/v1/states/SRB");

        assertThat(serbia.get("formalName").asString()).isEqualTo("Republic of Serbia");
        assertThat(serbia.get("osceStatus").asString()).isEqualTo("participating");
        assertThat(serbia.get("groups").get(0).get("label").asString()).isEqualTo("Eastern European States");
        assertThat(texts(serbia.get("events"), "slug")).containsExactly("2013-11-05-kyiv-regional-workshop",
                BELGRADE_SLUG);
        JsonNode belgrade = serbia.get("events").get(1);
        assertThat(belgrade.get("roles").values()).extracting(JsonNode::asString)
                .containsExactly("organiser", "participant", "host");
        assertThat(belgrade.get("startDate").asString()).isEqualTo("2013-05-09");
        assertThat(belgrade.get("links").get("self").asString()).isEqualTo(base() + "/api/v1/events/" + BELGRADE_SLUG);
    }

    @Test
    void anUnknownOrMalformedCodeIsA404Problem() {
        assertThat(problem(getJson("/api/v1/states/XYZ"), 404).get("detail").asString())
                .isEqualTo("There is no State with the id 'XYZ'.");
        problem(getJson("/api/v1/states/serbia"), 404);
    }
}
