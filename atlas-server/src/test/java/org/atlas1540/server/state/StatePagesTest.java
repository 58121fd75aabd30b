package org.atlas1540.server.state;

import static org.assertj.core.api.Assertions.assertThat;

import org.atlas1540.server.testing.WebTestSupport;
import org.junit.jupiter.api.Test;

class StatePagesTest extends WebTestSupport {

    @Test
    void aStatesPageShowsItsGroupRegionAndOsceStatus() {
        var page = get("/states/SVN");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Slovenia</h1>").contains("Republic of Slovenia");
        assertThat(page.body()).contains("Eastern European States").contains("Europe").contains("Southern Europe");
        assertThat(page.body()).contains("OSCE participating State");
    }

    @Test
    void aStatesTimelineListsTheEventsItAttendedOrganisedOrHosted() {
        String body = get("/states/SRB").body();

        assertThat(body).contains("/events/" + BELGRADE_SLUG);
        assertThat(body).contains(">Organiser, Participant, Host country</td>");
    }

    @Test
    void aStateNamedByNoEventSaysSo() {
        assertThat(get("/states/FJI").body()).contains("No imported note names this State.");
    }

    @Test
    void theStatesListLinksEveryStateAndCountsItsEvents() {
        var page = get("/states");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<a href=\"/states/SVN\">Slovenia</a>");
        assertThat(page.body()).contains("<a href=\"/states/VAT\">Holy See</a>");
    }

    @Test
    void anUnknownOrMalformedCodeIsNotFound() {
        assertThat(get("/states/XYZ").statusCode()).isEqualTo(404);
        assertThat(get("/states/serbia").statusCode()).isEqualTo(404);
    }
}
