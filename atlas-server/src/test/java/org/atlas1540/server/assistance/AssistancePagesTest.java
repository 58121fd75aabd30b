package org.atlas1540.server.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.atlas1540.server.matching.Matchmaking;
import org.atlas1540.server.offer.AssistanceOffers;
import org.atlas1540.server.testing.ApiTestSupport;
import org.atlas1540.server.testing.AssistanceTestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The public's view of the assistance pages, API and exports: what a published request and an offer show. */
class AssistancePagesTest extends ApiTestSupport {
    @Autowired
    AssistanceRequests requests;

    @Autowired
    AssistanceOffers offers;

    @Autowired
    Matchmaking matchmaking;

    @Autowired
    JdbcClient jdbc;

    AssistanceWebFixture fixture;

    @BeforeEach
    void records() {
        AssistanceTestData.deleteAll(jdbc);
        fixture = AssistanceWebFixture.create(requests, offers);
    }

    @AfterEach
    void cleanUp() {
        AssistanceTestData.deleteAll(jdbc);
    }

    @Test
    void theRequestsListShowsPublishedRequestsWithStateAreaAndStatus() {
        var page = get("/assistance/requests");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<a href=\"/states/SRB\">Serbia</a>").contains("Border security")
                .contains("Distributed to potential providers")
                .contains("href=\"/assistance/requests/" + fixture.published() + "\"")
                .doesNotContain("Record a new request");
        assertThat(page.body()).contains("Only requests whose State consented to publication are");
    }

    @Test
    void aBadFilterAnswers400WithAMessageOnThePage() {
        var page = get("/assistance/requests?status=lost");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Parameter &#39;status&#39; has the value &#39;lost&#39;");
    }

    @Test
    void aRequestsPageShowsWhatIsNeededItsSourceAndHistoryWithoutWhoMadeEachChange() {
        var page = get("/assistance/requests/" + fixture.published());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Serbia: Border security</h1>").contains(AssistanceWebFixture.PUBLIC_NEED)
                .contains("Note verbale").contains("Acknowledged").contains("Matches and suggested offers");
        assertThat(page.body()).doesNotContain("Change status").doesNotContain(">test<");
    }

    @Test
    void unknownOrMalformedIdsAreNotFound() {
        assertThat(get("/assistance/requests/999999").statusCode()).isEqualTo(404);
        assertThat(get("/assistance/requests/abc").statusCode()).isEqualTo(404);
        assertThat(get("/assistance/offers/0").statusCode()).isEqualTo(404);
        assertThat(get("/assistance/matches/999999").statusCode()).isEqualTo(404);
        assertThat(get("/assistance/report/1990").statusCode()).isEqualTo(404);
        problem(getJson("/api/v1/assistance-requests/999999"), 404);
        problem(getJson("/api/v1/assistance-offers/x"), 404);
    }

    @Test
    void theOffersListAndAnOffersPageShowTheProviderAreasAndRegionsWithMarkupAsText() {
        var list = get("/assistance/offers");
        var page = get("/assistance/offers/" + fixture.offer());

        assertThat(list.body()).contains("Border management &lt;b&gt;staff&lt;/b&gt; college");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"/organisations/OSCE\"").contains("Border security")
                .contains("<dd>Europe</dd>").contains("bmsc@example.org");
        assertThat(get("/assistance/offers?area=cooking").statusCode()).isEqualTo(400);
    }

    @Test
    void theMatchesPageRanksSuggestedOffersWithTheirReasons() {
        var page = get("/assistance/requests/" + fixture.published() + "/matches");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("No offer has been matched with this request yet.")
                .contains("Offers border security").contains("Covers Europe, where Serbia belongs")
                .doesNotContain("Accept this match");
    }

    @Test
    void aMatchPageShowsTheMatchButNotTheFeedbackToThePublic() {
        var match = matchmaking.accept(fixture.published(), fixture.offer(), 3, "someone");
        var page = get("/assistance/matches/" + match.id());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Organization for Security and Co-operation in Europe for Serbia")
                .doesNotContain("Feedback on delivery").doesNotContain("someone");
    }

    @Test
    void theStatePageListsItsOpenRequestsAndTheRegionPageItsOpenNeeds() {
        assertThat(get("/states/SRB").body()).contains("Open requests (<span>1</span>)")
                .contains("href=\"/assistance/requests/" + fixture.published() + "\"");
        assertThat(get("/states/DEU").body()).contains("No open request is published.").contains("No offer recorded.");
        assertThat(get("/regions/southern-europe").body()).contains("Open assistance needs (<span>1</span>)");
        assertThat(get("/regions/africa").body()).contains("Open assistance needs (<span>0</span>)");
    }

    @Test
    void theReportCountsPerYearAndSaysThatItCoversPublishedRequests() {
        var page = get("/assistance/report");

        assertThat(page.body()).contains("public figures cover published requests only").contains(">2024</a>")
                .contains(">2023</a>");
        String csv = new String(getBytes("/exports/assistance-report.csv").body(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFyear,requests_received,offers,matches,delivered\r\n");
        assertThat(csv).contains("2024,1,0,0,0\r\n").contains("2023,0,1,0,0\r\n");
        assertThat(get("/assistance/report/2024").body()).contains("Assistance report 2024");
    }

    @Test
    void theNavigationLinksToTheAssistanceOverview() {
        var page = get("/assistance");

        assertThat(page.body()).contains("<a href=\"/assistance\" aria-current=\"page\">Assistance</a>")
                .contains("<dt>Open requests</dt>");
        assertThat(get("/events").body()).contains("<a href=\"/assistance\">Assistance</a>");
    }

    @Test
    void theApiListsRequestsAndOffersPageByPageAndOneWithItsHistory() {
        var list = okJson("/api/v1/assistance-requests?size=1");
        assertThat(list.path("page").path("totalItems").asLong()).isEqualTo(1);
        assertThat(list.path("items").get(0).path("state").asString()).isEqualTo("SRB");
        assertThat(list.path("items").get(0).path("links").path("html").asString())
                .isEqualTo(base() + "/assistance/requests/" + fixture.published());

        var one = okJson("/api/v1/assistance-requests/" + fixture.published());
        assertThat(one.path("status").asString()).isEqualTo("distributed");
        assertThat(one.path("transitions").size()).isEqualTo(4);
        assertThat(one.path("transitions").get(0).path("actor").isNull()).isTrue();
        assertThat(one.path("distributionDueOn").isNull()).isFalse();

        var offersPage = okJson("/api/v1/assistance-offers?area=border-security");
        assertThat(offersPage.path("items").get(0).path("provider").path("id").asString()).isEqualTo("OSCE");
        var suggestions = okJson("/api/v1/assistance-requests/" + fixture.published() + "/suggestions");
        assertThat(suggestions.get(0).path("score").asInt()).isEqualTo(6);
        assertThat(suggestions.get(0).path("reasons").get(1).path("rule").asString()).isEqualTo("region");
    }

    @Test
    void badApiParametersAreProblemDetailsNamingThem() {
        assertThat(problem(getJson("/api/v1/assistance-requests?size=0"), 400).path("parameter").asString())
                .isEqualTo("size");
        assertThat(problem(getJson("/api/v1/assistance-requests?state=XX1"), 400).path("parameter").asString())
                .isEqualTo("state");
        assertThat(problem(getJson("/api/v1/assistance-offers?provider=NOPE-ORG"), 400).path("parameter").asString())
                .isEqualTo("provider");
    }

    @Test
    void theCsvExportsHaveAHeaderAndARowPerRecord() {
        String requestsCsv = new String(getBytes("/exports/assistance-requests.csv").body(), StandardCharsets.UTF_8);
        String offersCsv = new String(getBytes("/exports/assistance-offers.csv").body(), StandardCharsets.UTF_8);

        assertThat(requestsCsv).startsWith("\uFEFFid,state,state_name,area,needs,received_on");
        assertThat(requestsCsv.lines()).hasSize(2);
        assertThat(requestsCsv).contains(",SRB,Serbia,border-security,");
        assertThat(offersCsv.lines()).hasSize(2);
        assertThat(offersCsv).contains(",organisation,OSCE,").contains("border-security,europe,");
    }
}
