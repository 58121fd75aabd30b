package org.atlas1540.server.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.atlas1540.server.testing.ApiTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code /api/v1/organisations} through real HTTP. */
class OrganisationApiTest extends ApiTestSupport {

    @Test
    void theListHasTheRegistryWithEventCounts() {
        JsonNode organisations = okJson("/api/v1/organisations");

        JsonNode osce = organisations.valueStream().filter(o -> o.get("id").asString().equals("OSCE")).findFirst()
                .orElseThrow();
        assertThat(osce.get("name").asString()).isEqualTo("Organization for Security and Co-operation in Europe");
        assertThat(osce.get("kind").asString()).isEqualTo("regional-organisation");
        assertThat(osce.get("events").asInt()).isEqualTo(2);
        assertThat(osce.get("links").get("html").asString()).isEqualTo(base() + "/organisations/OSCE");
        assertThat(osce.get("links").get("calendar").asString()).isEqualTo(base() + "/organisations/OSCE/events.ics");
        JsonNode bafa = organisations.valueStream().filter(o -> o.get("id").asString().equals("BAFA")).findFirst()
                .orElseThrow();
        assertThat(bafa.get("country").asString()).isEqualTo("DEU");
    }

    @Test
    void anOrganisationListsItsEventsAndAliases() {
        JsonNode osce = okJson("/api/v1/organisations/OSCE");

        assertThat(texts(osce.get("events"), "slug")).containsExactly("2013-11-05-kyiv-regional-workshop", BELGRADE_SLUG);
        assertThat(osce.get("events").get(1).get("roles").values()).extracting(JsonNode::asString)
                .containsExactly("organiser", "participant", "speaker");
        assertThat(osce.get("aliases").values()).extracting(JsonNode::asString).contains("OSCE Secretariat");
    }

    @Test
    void anUnknownIdIsA404Problem() {
        assertThat(problem(getJson("/api/v1/organisations/NOPE"), 404).get("detail").asString())
                .isEqualTo("There is no organisation with the id 'NOPE'.");
    }
}
