package org.atlas1540.server.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.atlas1540.server.audit.AuditLog;
import org.atlas1540.server.matching.Matchmaking;
import org.atlas1540.server.offer.AssistanceOffers;
import org.atlas1540.server.testing.ApiTestSupport;
import org.atlas1540.server.testing.AssistanceTestData;
import org.atlas1540.server.testing.SignedInHttp;
import org.atlas1540.server.testing.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Staff write through the forms and the API; anonymous writes are refused; refused input, refused
 * moves and stale saves store nothing and say why; every change is in the audit log with its actor.
 */
class AssistanceStaffTest extends ApiTestSupport {
    @Autowired
    AssistanceRequests requests;

    @Autowired
    AssistanceOffers offers;

    @Autowired
    Matchmaking matchmaking;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    AssistanceWebFixture fixture;
    SignedInHttp staff;

    @BeforeEach
    void records() {
        AssistanceTestData.deleteAll(jdbc);
        fixture = AssistanceWebFixture.create(requests, offers);
        SignedInHttp.accounts(accounts);
        staff = SignedInHttp.as(port, SignedInHttp.EDITOR);
    }

    @AfterEach
    void cleanUp() {
        AssistanceTestData.deleteAll(jdbc);
    }

    static Map<String, String> requestForm(String state, String date) {
        return Map.of("state", state, "area", "legislation", "needs", "Help drafting a <b>control list</b>",
                "receivedOn", date, "sourceText", "Note verbale", "publicationConsent", "true");
    }

    @Test
    void anonymousWritesAreRefusedAndStoreNothing() {
        var anonymous = SignedInHttp.anonymous(port);
        long before = TestData.count(jdbc, "assistance_requests");
        long id = fixture.published().value();
        for (String path : List.of("/assistance/requests", "/assistance/requests/" + id,
                "/assistance/requests/" + id + "/status", "/assistance/requests/" + id + "/matches",
                "/assistance/offers", "/assistance/offers/" + fixture.offer())) {
            var response = anonymous.postForm(path, Map.of("state", "SRB", "to", "withdrawn", "version", "3",
                    "offer", fixture.offer().toString()));
            assertThat(response.statusCode()).as(path).isIn(302, 401, 403);
            assertThat(response.headers().firstValue("Location").orElse("/login")).as(path).contains("/login");
        }
        for (String path : List.of("/assistance/requests/new", "/assistance/requests/" + id + "/edit",
                "/assistance/offers/new", "/assistance/offers/" + fixture.offer() + "/edit")) {
            assertThat(anonymous.get(path).statusCode()).as(path).isEqualTo(302);
        }
        for (String[] call : List.of(new String[] {"POST", "/api/v1/assistance-requests"},
                new String[] {"PUT", "/api/v1/assistance-requests/" + id},
                new String[] {"POST", "/api/v1/assistance-requests/" + id + "/transitions"},
                new String[] {"POST", "/api/v1/assistance-requests/" + id + "/matches"},
                new String[] {"POST", "/api/v1/assistance-offers"},
                new String[] {"PUT", "/api/v1/assistance-offers/" + fixture.offer()})) {
            assertThat(json(call[0], call[1], "{}", null).statusCode()).as(call[1]).isEqualTo(401);
        }
        assertThat(TestData.count(jdbc, "assistance_requests")).isEqualTo(before);
        assertThat(requests.find(fixture.published(), Audience.STAFF).orElseThrow().status())
                .isEqualTo(RequestStatus.DISTRIBUTED);
    }

    @Test
    void anEditorRecordsARequestThroughTheFormAndTheChangeIsAudited() {
        assertThat(staff.get("/assistance/requests/new").statusCode()).isEqualTo(200);

        var response = staff.postForm("/assistance/requests", requestForm("srb", "2024-02-20"));

        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        var page = staff.get("/assistance/requests/" + id);
        assertThat(page.body()).contains("Help drafting a &lt;b&gt;control list&lt;/b&gt;")
                .contains("Mark authenticated").contains(SignedInHttp.EDITOR);
        assertThat(audit.of(AssistanceRequests.RECORD_TYPE, id)).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo(SignedInHttp.EDITOR));
    }

    @Test
    void theFormShowsAMessageBesideEachRefusedFieldAndStoresNothing() {
        long before = TestData.count(jdbc, "assistance_requests");

        var response = staff.postForm("/assistance/requests", Map.of("state", "XYZ", "area", "cooking",
                "needs", "", "receivedOn", "2024-02-30", "sourceText", "", "publicationConsent", "maybe"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("<p class=\"field-error\">No State has the code &#39;XYZ&#39;.</p>")
                .contains("&#39;cooking&#39; is not a subject area").contains("What is needed is required.")
                .contains("&#39;2024-02-30&#39; is not a date").contains("Give the source")
                .contains("&#39;maybe&#39; is not yes or no").contains("id=\"needs\" name=\"needs\"");
        assertThat(TestData.count(jdbc, "assistance_requests")).isEqualTo(before);
        var duplicate = staff.postForm("/assistance/requests", Map.of("state", "SRB", "area", "border-security",
                "needs", "again", "receivedOn", "2024-01-15", "sourceText", "x"));
        assertThat(duplicate.statusCode()).isEqualTo(400);
        assertThat(duplicate.body()).contains("This State already has a request in this area received on 2024-01-15.");
    }

    @Test
    void aStaleEditIsRefusedWithTheMessageAndTheCurrentValues() {
        long id = fixture.published().value();
        var edit = staff.get("/assistance/requests/" + id + "/edit");
        assertThat(edit.statusCode()).isEqualTo(200);
        var mine = Map.of("state", "SRB", "area", "border-security", "needs", "Mine", "receivedOn", "2024-01-15",
                "sourceText", "Note verbale", "publicationConsent", "true", "version", "3");
        var theirs = Map.of("state", "SRB", "area", "border-security", "needs", "Theirs", "receivedOn", "2024-01-15",
                "sourceText", "Note verbale", "publicationConsent", "true", "version", "3");

        assertThat(staff.postForm("/assistance/requests/" + id, mine).statusCode()).isEqualTo(302);
        var stale = staff.postForm("/assistance/requests/" + id, theirs);

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("changed by someone else").contains(">Mine</textarea>")
                .contains("name=\"version\" value=\"4\"");
        assertThat(requests.find(fixture.published(), Audience.STAFF).orElseThrow().needs()).isEqualTo("Mine");
    }

    @Test
    void statusButtonsMoveTheRequestAndARefusedMoveSaysWhy() {
        long id = fixture.published().value();

        var moved = staff.postForm("/assistance/requests/" + id + "/status", Map.of("to", "withdrawn", "version", "3"));
        var refused = staff.postForm("/assistance/requests/" + id + "/status", Map.of("to", "authenticated", "version", "4"));

        assertThat(moved.statusCode()).isEqualTo(302);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("A request that is withdrawn cannot become authenticated; it is final.");
        var byHand = staff.postForm("/assistance/requests/" + fixture.restricted() + "/status",
                Map.of("to", "matched", "version", "3"));
        assertThat(byHand.statusCode()).isEqualTo(409);
        assertThat(byHand.body()).contains("becomes matched when an offer is accepted for it")
                .doesNotContain("Mark matched");
        assertThat(requests.transitions(fixture.published())).last()
                .satisfies(t -> assertThat(t.actor()).isEqualTo(SignedInHttp.EDITOR));
        assertThat(audit.of(AssistanceRequests.RECORD_TYPE, String.valueOf(id))).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("status distributed to withdrawn");
            assertThat(e.actor()).isEqualTo(SignedInHttp.EDITOR);
            assertThat(e.beforeJson()).contains("\"status\":\"DISTRIBUTED\"");
            assertThat(e.afterJson()).contains("\"status\":\"WITHDRAWN\"");
        });
    }

    @Test
    void anEditorAcceptsASuggestedOfferAndRecordsFeedback() {
        long id = fixture.published().value();
        assertThat(staff.get("/assistance/requests/" + id + "/matches").body()).contains("Accept this match");

        var accepted = staff.postForm("/assistance/requests/" + id + "/matches",
                Map.of("offer", fixture.offer().toString(), "version", "3"));

        assertThat(accepted.statusCode()).isEqualTo(302);
        assertThat(requests.find(fixture.published(), Audience.STAFF).orElseThrow().status())
                .isEqualTo(RequestStatus.MATCHED);
        var match = matchmaking.matchesOf(fixture.published(), Audience.STAFF).get(0);
        var bad = staff.postForm("/assistance/matches/" + match.id() + "/feedback",
                Map.of("party", "provider", "givenBy", "", "rating", "7"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Who gave it is required.").contains("&#39;7&#39; is not a rating");
        var good = staff.postForm("/assistance/matches/" + match.id() + "/feedback",
                Map.of("party", "recipient", "givenBy", "Customs Administration", "rating", "5",
                        "outcome", "as-planned", "comments", "<i>Very</i> useful"));
        assertThat(good.statusCode()).isEqualTo(302);
        assertThat(staff.get("/assistance/matches/" + match.id()).body()).contains("Customs Administration")
                .contains("5 of 5").contains("&lt;i&gt;Very&lt;/i&gt; useful");
        assertThat(audit.of(Matchmaking.MATCH, match.id().toString())).extracting(e -> e.action()).contains("create");
    }

    @Test
    void anEditorRecordsAnOfferThroughTheForm() {
        var bad = staff.postForm("/assistance/offers", Map.of("providerType", "organisation", "providerId", "NOPE",
                "programme", "", "description", "d", "contact", "c", "offeredOn", "2023-01-01"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("No organisation in the registry has the id &#39;NOPE&#39;.")
                .contains("Choose at least one subject area.").contains("The programme is required.");

        var good = staff.postForm("/assistance/offers", Map.of("providerType", "state", "providerId", "DEU",
                "areas", "biosecurity", "regions", "africa", "programme", "Biosafety labs", "description", "d",
                "contact", "c", "offeredOn", "2023-01-01"));
        assertThat(good.statusCode()).isEqualTo(302);
        assertThat(staff.get("/states/DEU").body()).contains("Biosafety labs");
    }

    @Test
    void theApiWritesWithAToken() {
        String token = editorToken();
        var created = json("POST", "/api/v1/assistance-requests", """
                {"state": "MNE", "area": "export-control", "needs": "Licensing officers", "receivedOn": "2024-02-02",
                 "sourceText": "Letter", "publicationConsent": true}""", token);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = JSON.readTree(created.body());
        long id = body.path("id").asLong();
        assertThat(created.headers().firstValue("Location")).hasValue(base() + "/api/v1/assistance-requests/" + id);
        assertThat(body.path("publicationConsent").asBoolean()).isTrue();

        var invalid = json("POST", "/api/v1/assistance-requests", """
                {"state": "XYZ", "area": "export-control", "needs": "", "receivedOn": "tomorrow", "sourceText": "x"}""",
                token);
        JsonNode problem = problem(invalid, 400);
        assertThat(texts(problem.path("errors"), "field")).containsExactly("state", "needs", "receivedOn");
        problem(json("POST", "/api/v1/assistance-requests", "not json", token), 400);

        var refused = json("POST", "/api/v1/assistance-requests/" + id + "/transitions",
                "{\"to\": \"fulfilled\", \"version\": 0}", token);
        assertThat(problem(refused, 409).path("detail").asString()).contains("cannot become fulfilled");
        var moved = json("POST", "/api/v1/assistance-requests/" + id + "/transitions",
                "{\"to\": \"authenticated\", \"version\": 0}", token);
        assertThat(JSON.readTree(moved.body()).path("status").asString()).isEqualTo("authenticated");
        var stale = json("PUT", "/api/v1/assistance-requests/" + id, """
                {"state": "MNE", "area": "export-control", "needs": "x", "receivedOn": "2024-02-02",
                 "sourceText": "Letter", "publicationConsent": true, "version": 0}""", token);
        assertThat(problem(stale, 409).path("detail").asString()).contains("changed by someone else");

        var accepted = json("POST", "/api/v1/assistance-requests/" + fixture.published() + "/matches",
                "{\"offer\": " + fixture.offer() + ", \"version\": 3}", token);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        long match = JSON.readTree(accepted.body()).path("id").asLong();
        var feedback = json("POST", "/api/v1/assistance-matches/" + match + "/feedback",
                "{\"party\": \"provider\", \"givenBy\": \"OSCE\", \"outcome\": \"partly\"}", token);
        assertThat(feedback.statusCode()).as(feedback.body()).isEqualTo(201);
        assertThat(request("GET", "/api/v1/assistance-matches/" + match + "/feedback", "application/json", token)
                .body()).contains("\"outcome\":\"partly\"");
        problem(getJson("/api/v1/assistance-matches/" + match + "/feedback"), 404);

        var offer = json("POST", "/api/v1/assistance-offers", """
                {"providerType": "organisation", "providerId": "UNODA", "areas": ["legislation"], "regions": [],
                 "programme": "Legal assistance", "description": "d", "contact": "c", "offeredOn": "2022-06-01"}""",
                token);
        assertThat(offer.statusCode()).as(offer.body()).isEqualTo(201);
        var badOffer = json("POST", "/api/v1/assistance-offers", """
                {"providerType": "organisation", "providerId": "UNODA", "areas": ["legislation"],
                 "regions": ["atlantis"], "programme": "Legal assistance", "description": "d", "contact": "c",
                 "offeredOn": "2022-06-01"}""", token);
        assertThat(texts(problem(badOffer, 400).path("errors"), "field")).containsExactly("regions");
    }

    private HttpResponse<String> json(String method, String path, String body, String token) {
        var builder = HttpRequest.newBuilder(URI.create(base() + path)).header("Accept", "application/json")
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        try {
            return java.net.http.HttpClient.newHttpClient().send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
