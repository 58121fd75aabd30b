package org.atlas1540.server.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.atlas1540.server.testing.WebTestSupport;
import org.junit.jupiter.api.Test;

class OrganisationPagesTest extends WebTestSupport {

    @Test
    void anOrganisationsPageShowsItsNameKindAliasesAndEvents() {
        var page = get("/organisations/OSCE");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Organization for Security and Co-operation in Europe</h1>");
        assertThat(page.body()).contains("Also written as");
        assertThat(page.body()).contains("/events/" + BELGRADE_SLUG).contains(">Organiser, Participant</td>");
    }

    @Test
    void aNationalAgencyLinksToItsState() {
        String body = get("/organisations/BAFA").body();

        assertThat(body).contains("href=\"/states/DEU\"").contains("/events/" + BELGRADE_SLUG);
    }

    @Test
    void theOrganisationsListLinksEachOrganisation() {
        var page = get("/organisations");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"/organisations/UNODA\"").contains("href=\"/organisations/1540-GOE\"");
    }

    @Test
    void anUnknownOrMalformedIdIsNotFound() {
        assertThat(get("/organisations/NOPE").statusCode()).isEqualTo(404);
        assertThat(get("/organisations/not%20an%20id").statusCode()).isEqualTo(404);
    }
}
