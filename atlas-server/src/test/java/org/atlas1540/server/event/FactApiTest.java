package org.atlas1540.server.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.atlas1540.server.testing.ApiTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code /api/v1/facts} through real HTTP. */
class FactApiTest extends ApiTestSupport {

    @Test
    void factsOfEveryEventComeNewestEventFirstWithTheirEvent() {
        JsonNode body = okJson("/api/v1/facts");

        // Kyiv (2013-11-05): two visits, a need, recommendations; then Belgrade (2013-05-09): three facts.
        assertThat(texts(body.get("items"), "type")).containsExactly("country-visit", "country-visit",
                "assistance-need", "recommendations", "national-action-plan", "related-event", "recommendations");
        assertThat(body.get("page").get("totalItems").asLong()).isEqualTo(7);
        JsonNode plan = body.get("items").get(4);
        assertThat(plan.get("event").get("slug").asString()).isEqualTo(BELGRADE_SLUG);
        assertThat(plan.get("event").get("links").get("html").asString()).isEqualTo(base() + "/events/" + BELGRADE_SLUG);
        assertThat(plan.get("state").asString()).isEqualTo("SRB");
        assertThat(plan.get("quote").asString()).startsWith("The host was the first State in the region");
    }

    @Test
    void factsFilterByTypeAndByState() {
        JsonNode visits = okJson("/api/v1/facts?type=country-visit");
        JsonNode serbia = okJson("/api/v1/facts?state=srb");
        JsonNode albanianVisits = okJson("/api/v1/facts?type=country-visit&state=ALB");

        assertThat(texts(visits.get("items"), "state")).containsExactly("ALB", "MDA");
        assertThat(texts(serbia.get("items"), "type")).containsExactly("national-action-plan");
        assertThat(albanianVisits.get("page").get("totalItems").asLong()).isEqualTo(1);
        assertThat(okJson("/api/v1/facts?state=FJI").get("items").size()).isZero();
    }

    @Test
    void factsComeAPageAtATime() {
        JsonNode second = okJson("/api/v1/facts?size=3&page=2");

        assertThat(texts(second.get("items"), "type")).containsExactly("recommendations", "national-action-plan",
                "related-event");
        assertThat(second.get("page").get("totalPages").asLong()).isEqualTo(3);
        assertThat(second.get("links").get("next").asString()).isEqualTo(base() + "/api/v1/facts?size=3&page=3");
    }

    @Test
    void anUnknownTypeOrStateIsA400ProblemNamingIt() {
        assertThat(problem(getJson("/api/v1/facts?type=rumour"), 400).get("parameter").asString()).isEqualTo("type");
        assertThat(problem(getJson("/api/v1/facts?state=Serbia"), 400).get("value").asString()).isEqualTo("Serbia");
        assertThat(problem(getJson("/api/v1/facts?size=500"), 400).get("parameter").asString()).isEqualTo("size");
        assertThat(problem(getJson("/api/v1/facts?page=0"), 400).get("parameter").asString()).isEqualTo("page");
        assertThat(problem(getJson("/api/v1/facts?page=x%27%20OR%201=1"), 400).get("value").asString())
                .isEqualTo("x' OR 1=1");
    }
}
