package org.atlas1540.server.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.atlas1540.server.matching.Matchmaking;
import org.atlas1540.server.offer.AssistanceOffers;
import org.atlas1540.server.testing.ApiTestSupport;
import org.atlas1540.server.testing.AssistanceTestData;
import org.atlas1540.server.testing.SignedInHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A request whose State did not consent to publication, and its match, are tried by every route
 * as anonymous: pages, list, State page, region page, API list and item, suggestions and matches,
 * CSV, report, counts. None shows it, or counts it. Signed-in staff see and count it everywhere.
 */
class RestrictedRequestsNeverReachThePublicTest extends ApiTestSupport {
    @Autowired
    AssistanceRequests requests;

    @Autowired
    AssistanceOffers offers;

    @Autowired
    Matchmaking matchmaking;

    @Autowired
    JdbcClient jdbc;

    AssistanceWebFixture fixture;
    long restrictedMatch;

    @BeforeEach
    void records() {
        AssistanceTestData.deleteAll(jdbc);
        fixture = AssistanceWebFixture.create(requests, offers);
        restrictedMatch = matchmaking.accept(fixture.restricted(), fixture.offer(), 3, "test").id().value();
        matchmaking.accept(fixture.published(), fixture.offer(), 3, "test");
    }

    @AfterEach
    void cleanUp() {
        AssistanceTestData.deleteAll(jdbc);
    }

    @Test
    void noPageOrListNamesTheRestrictedRequest() {
        for (String path : List.of("/assistance", "/assistance/requests", "/assistance/requests?state=ALB",
                "/assistance/requests?status=matched", "/states/ALB", "/states/SRB", "/regions/europe",
                "/regions/southern-europe", "/regions/eastern-european-states", "/assistance/offers",
                "/assistance/offers/" + fixture.offer(), "/assistance/report", "/assistance/report/2024",
                "/api/v1/assistance-requests", "/api/v1/assistance-requests?state=ALB",
                "/api/v1/assistance-report", "/exports/assistance-requests.csv",
                "/exports/assistance-requests.csv?state=ALB", "/exports/assistance-report.csv",
                "/exports/assistance-offers.csv", "/exports/events.ics", "/states/ALB/events.ics", "/")) {
            var response = getBytes(path);
            String body = new String(response.body(), StandardCharsets.UTF_8);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(body).as(path).doesNotContain(AssistanceWebFixture.SECRET)
                    .doesNotContain("/assistance/requests/" + fixture.restricted() + "\"")
                    .doesNotContain("assistance-requests/" + fixture.restricted() + "\"");
        }
    }

    @Test
    void searchFindsNoRequest() {
        // Requests are not in the search index; a search for the restricted text finds nothing and links no request.
        for (String path : List.of("/search?q=" + AssistanceWebFixture.SECRET, "/search?q=Albania",
                "/api/v1/search?q=" + AssistanceWebFixture.SECRET)) {
            var response = getBytes(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(new String(response.body(), StandardCharsets.UTF_8)).as(path)
                    .doesNotContain("/assistance/requests/").doesNotContain("assistance-requests/");
        }
    }

    @Test
    void theRestrictedRequestItsMatchesAndSuggestionsAreNotFound() {
        long id = fixture.restricted().value();
        for (String path : List.of("/assistance/requests/" + id, "/assistance/requests/" + id + "/matches",
                "/assistance/matches/" + restrictedMatch)) {
            var page = get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(404);
            assertThat(page.body()).as(path).doesNotContain(AssistanceWebFixture.SECRET);
        }
        for (String path : List.of("/api/v1/assistance-requests/" + id, "/api/v1/assistance-requests/" + id
                + "/matches", "/api/v1/assistance-requests/" + id + "/suggestions",
                "/api/v1/assistance-matches/" + restrictedMatch)) {
            var response = getJson(path);
            problem(response, 404);
            assertThat(response.body()).as(path).doesNotContain(AssistanceWebFixture.SECRET);
        }
    }

    @Test
    void everyCountLeavesTheRestrictedRequestOut() {
        assertThat(okJson("/api/v1/assistance-requests").path("page").path("totalItems").asLong()).isEqualTo(1);
        assertThat(okJson("/api/v1/assistance-requests?state=ALB").path("page").path("totalItems").asLong()).isZero();
        var report = okJson("/api/v1/assistance-report");
        long requestsCounted = 0;
        long matchesCounted = 0;
        for (var year : report.values()) {
            requestsCounted += year.path("requests").asLong();
            matchesCounted += year.path("matches").asLong();
        }
        assertThat(requestsCounted).isEqualTo(1);
        assertThat(matchesCounted).isEqualTo(1);
        String csv = new String(getBytes("/exports/assistance-requests.csv").body(), StandardCharsets.UTF_8);
        assertThat(csv.lines().count()).isEqualTo(2);
        assertThat(get("/assistance").body()).contains("<dt>Requests</dt><dd>1</dd>");
        assertThat(get("/regions/europe").body()).contains("Open assistance needs (<span>1</span>)");
        assertThat(get("/states/ALB").body()).contains("Open requests (<span>0</span>)");
        assertThat(get("/assistance/report").body()).contains("public figures cover published requests only");
    }

    @Test
    void signedInStaffSeeAndCountTheRestrictedRequestOnEveryRoute() {
        SignedInHttp.accounts(accounts);
        var staff = SignedInHttp.as(port, SignedInHttp.EDITOR);
        long id = fixture.restricted().value();
        for (String path : List.of("/assistance/requests", "/assistance/requests?state=ALB", "/states/ALB",
                "/regions/europe")) {
            var response = staff.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).contains("href=\"/assistance/requests/" + id + "\"")
                    .contains("not published");
        }
        for (String path : List.of("/assistance/requests/" + id, "/assistance/requests/" + id + "/matches",
                "/assistance/matches/" + restrictedMatch, "/exports/assistance-requests.csv")) {
            var response = staff.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).contains("Albania");
        }
        assertThat(staff.get("/exports/assistance-requests.csv").body()).contains(AssistanceWebFixture.SECRET);
        assertThat(staff.get("/assistance/requests/" + id).body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("Not published").doesNotContain("<script>alert(1)");
        assertThat(staff.get("/assistance").body()).contains("<dt>Requests</dt><dd>2</dd>");
        assertThat(staff.get("/regions/europe").body()).contains("Open assistance needs (<span>2</span>)");
        assertThat(staff.get("/assistance/report").body()).contains("include requests that are not published");
        String token = editorToken();
        var one = request("GET", "/api/v1/assistance-requests/" + id, "application/json", token);
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body()).contains(AssistanceWebFixture.SECRET);
        var list = JSON.readTree(request("GET", "/api/v1/assistance-requests", "application/json", token).body());
        assertThat(list.path("page").path("totalItems").asLong()).isEqualTo(2);
        var report = JSON.readTree(request("GET", "/api/v1/assistance-report", "application/json", token).body());
        long matches = 0;
        for (var year : report.values()) {
            matches += year.path("matches").asLong();
        }
        assertThat(matches).isEqualTo(2);
    }
}
