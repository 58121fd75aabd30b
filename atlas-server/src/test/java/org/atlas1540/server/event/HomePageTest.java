package org.atlas1540.server.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.atlas1540.server.testing.WebTestSupport;
import org.junit.jupiter.api.Test;

class HomePageTest extends WebTestSupport {

    @Test
    void theHomePageCountsEventsStatesOrganisationsAndNotes() {
        var page = get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<dt>Events</dt><dd>3</dd>").contains("<dt>Notes</dt><dd>3</dd>");
        assertThat(page.body()).containsPattern("<dt>States reached</dt><dd>\\d+</dd>");
        assertThat(page.body()).containsPattern("<dt>Organisations</dt><dd>\\d+</dd>");
    }

    @Test
    void theHomePageListsTheMostRecentEventsNewestFirst() {
        String body = get("/").body();

        int vienna = body.indexOf("/events/2015-03-03-vienna-workshop");
        int belgrade = body.indexOf("/events/" + BELGRADE_SLUG);
        assertThat(vienna).isPositive();
        assertThat(belgrade).isGreaterThan(vienna);
    }

    @Test
    void theLayoutHasTheNavigationAndNoDemoFlagWhenTheDemoIsOff() {
        String body = get("/").body();

        assertThat(body).contains("href=\"/events\"").contains("href=\"/states\"").contains("href=\"/organisations\"");
        assertThat(body).contains("<link rel=\"stylesheet\" href=\"/css/atlas.css\">");
        assertThat(body).doesNotContain("Demo data");
    }
}
