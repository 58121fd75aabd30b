package org.atlas1540.server.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.atlas1540.server.testing.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** {@code /api/v1/events} through real HTTP, on the two sample notes and the hostile note of the web tests. */
class EventApiTest extends ApiTestSupport {
    static final String KYIV_SLUG = "2013-11-05-kyiv-regional-workshop";
    static final String VIENNA_SLUG = "2015-03-03-vienna-workshop";

    @Test
    void theListIsNewestFirstWithPagingInformationAndLinksToEachEventsPages() {
        JsonNode body = okJson("/api/v1/events");

        assertThat(texts(body.get("items"), "slug")).containsExactly(VIENNA_SLUG, KYIV_SLUG, BELGRADE_SLUG);
        assertThat(body.get("page").get("number").asInt()).isEqualTo(1);
        assertThat(body.get("page").get("size").asInt()).isEqualTo(20);
        assertThat(body.get("page").get("totalItems").asLong()).isEqualTo(3);
        assertThat(body.get("page").get("totalPages").asLong()).isEqualTo(1);
        assertThat(body.get("links").get("next").isNull()).isTrue();
        assertThat(body.get("links").get("previous").isNull()).isTrue();
        JsonNode belgrade = body.get("items").get(2);
        assertThat(belgrade.get("title").asString())
                .isEqualTo("Regional Workshop on the Implementation of UNSC Resolution 1540 (2004)");
        assertThat(belgrade.get("kind").asString()).isEqualTo("workshop");
        assertThat(belgrade.get("startDate").asString()).isEqualTo("2013-05-09");
        assertThat(belgrade.get("endDate").asString()).isEqualTo("2013-05-10");
        assertThat(belgrade.get("venue").get("city").asString()).isEqualTo("Belgrade");
        assertThat(belgrade.get("venue").get("country").asString()).isEqualTo("SRB");
        assertThat(belgrade.get("participatingStates").asInt()).isEqualTo(7);
        assertThat(belgrade.get("links").get("html").asString()).isEqualTo(base() + "/events/" + BELGRADE_SLUG);
        assertThat(belgrade.get("links").get("self").asString()).isEqualTo(base() + "/api/v1/events/" + BELGRADE_SLUG);
    }

    @Test
    void pagesLinkToTheirNeighboursAndAPageBeyondTheLastIsEmpty() {
        JsonNode first = okJson("/api/v1/events?size=2");
        JsonNode second = okJson("/api/v1/events?size=2&page=2");
        JsonNode beyond = okJson("/api/v1/events?size=2&page=3");

        assertThat(texts(first.get("items"), "slug")).containsExactly(VIENNA_SLUG, KYIV_SLUG);
        assertThat(first.get("page").get("totalPages").asLong()).isEqualTo(2);
        assertThat(first.get("links").get("next").asString()).isEqualTo(base() + "/api/v1/events?size=2&page=2");
        assertThat(first.get("links").get("previous").isNull()).isTrue();
        assertThat(texts(second.get("items"), "slug")).containsExactly(BELGRADE_SLUG);
        assertThat(second.get("links").get("previous").asString()).isEqualTo(base() + "/api/v1/events?size=2&page=1");
        assertThat(second.get("links").get("next").isNull()).isTrue();
        assertThat(beyond.get("items").size()).isZero();
        assertThat(beyond.get("page").get("totalItems").asLong()).isEqualTo(3);
    }

    @Test
    void theLargestPageHoldsAHundred() {
        assertThat(okJson("/api/v1/events?size=100").get("page").get("size").asInt()).isEqualTo(100);
        assertThat(okJson("/api/v1/events?size=1&page=3").get("items").get(0).get("slug").asString())
                .isEqualTo(BELGRADE_SLUG);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            from=2014                          | 2015-03-03-vienna-workshop
            to=2013                            | 2013-11-05-kyiv-regional-workshop,2013-05-09-belgrade-regional-workshop
            year=2015                          | 2015-03-03-vienna-workshop
            from=2013&to=2013                  | 2013-11-05-kyiv-regional-workshop,2013-05-09-belgrade-regional-workshop
            state=SVN                          | 2013-11-05-kyiv-regional-workshop,2013-05-09-belgrade-regional-workshop
            state=aut                          | 2015-03-03-vienna-workshop
            state=UKR                          | 2013-11-05-kyiv-regional-workshop
            region=eastern-european-states     | 2015-03-03-vienna-workshop,2013-11-05-kyiv-regional-workshop,2013-05-09-belgrade-regional-workshop
            region=western-european-and-other-states | 2015-03-03-vienna-workshop,2013-11-05-kyiv-regional-workshop
            region=africa                      | 2013-11-05-kyiv-regional-workshop
            region=Southern-Europe             | 2013-11-05-kyiv-regional-workshop,2013-05-09-belgrade-regional-workshop
            organisation=OSCE                  | 2013-11-05-kyiv-regional-workshop,2013-05-09-belgrade-regional-workshop
            organisation=unoda                 | 2015-03-03-vienna-workshop,2013-11-05-kyiv-regional-workshop,2013-05-09-belgrade-regional-workshop
            topic=biosecurity                  | 2013-05-09-belgrade-regional-workshop
            topic=law-enforcement              | 2013-11-05-kyiv-regional-workshop
            kind=workshop&to=2013              | 2013-11-05-kyiv-regional-workshop,2013-05-09-belgrade-regional-workshop
            kind=seminar                       | ''
            sort=date-asc                      | 2013-05-09-belgrade-regional-workshop,2013-11-05-kyiv-regional-workshop,2015-03-03-vienna-workshop
            sort=title                         | 2013-11-05-kyiv-regional-workshop,2013-05-09-belgrade-regional-workshop,2015-03-03-vienna-workshop
            organisation=OSCE&state=ALB&sort=date-asc&from=2013 | 2013-05-09-belgrade-regional-workshop,2013-11-05-kyiv-regional-workshop
            region=africa&topic=biosecurity    | ''
            """)
    void filtersAndSortsSelectTheEventsInOrder(String query, String slugs) {
        JsonNode body = okJson("/api/v1/events?" + query);

        List<String> expected = slugs.isEmpty() ? List.of() : List.of(slugs.split(","));
        assertThat(texts(body.get("items"), "slug")).containsExactlyElementsOf(expected);
        assertThat(body.get("page").get("totalItems").asLong()).isEqualTo(expected.size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            from=20x3               | from         | 20x3
            from=1850               | from         | 1850
            to=2012&from=2013       | to           | 2012
            region=atlantis         | region       | atlantis
            state=XX                | state        | XX
            state=XYZ               | state        | XYZ
            organisation=NO%20SUCH  | organisation | NO SUCH
            organisation=ACME       | organisation | ACME
            topic=cooking           | topic        | cooking
            kind=party              | kind         | party
            sort=random             | sort         | random
            page=0                  | page         | 0
            page=-1                 | page         | -1
            page=abc                | page         | abc
            year=2013&from=2012     | year         | 2013
            size=0                  | size         | 0
            size=101                | size         | 101
            size=1e3                | size         | 1e3
            """)
    void aParameterThatCannotBeUsedIsA400ProblemNamingItAndItsValue(String query, String parameter, String value) {
        JsonNode problem = problem(getJson("/api/v1/events?" + query), 400);

        assertThat(problem.get("parameter").asString()).isEqualTo(parameter);
        assertThat(problem.get("value").asString()).isEqualTo(value);
        assertThat(problem.get("detail").asString()).startsWith("Parameter '" + parameter + "'").contains(value);
        assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/events");
    }

    @Test
    void aProblemSaysWhatAParameterShouldBe() {
        assertThat(problem(getJson("/api/v1/events?kind=party"), 400).get("detail").asString())
                .isEqualTo("Parameter 'kind' ('party'): There is no kind of event 'party'. Choose one from the list.");
        assertThat(problem(getJson("/api/v1/events?from=2014&to=2013"), 400).get("detail").asString())
                .isEqualTo("Parameter 'to' ('2013'): The range of years ends in 2013, before it starts in 2014.");
        assertThat(problem(getJson("/api/v1/events?size=0"), 400).get("detail").asString())
                .isEqualTo("Parameter 'size' has the value '0', but it must be a whole number from 1 to 100.");
    }

    @Test
    void theBelgradeEventListsItsSevenStatesItsOrganisersAndWhatWasReadFromItsNote() {
        JsonNode event = okJson("/api/v1/events/" + BELGRADE_SLUG);

        List<JsonNode> states = event.get("participants").valueStream()
                .filter(p -> p.get("type").asString().equals("state")).toList();
        assertThat(states).extracting(p -> p.get("id").asString())
                .containsExactly("ALB", "BIH", "HRV", "MNE", "SRB", "SVN", "MKD");
        assertThat(states.get(1).get("name").asString()).isEqualTo("Bosnia and Herzegovina");
        assertThat(states.get(1).get("mention").asString()).isEqualTo("Bosnia & Herzegovina");
        assertThat(states.get(4).get("links").get("html").asString()).isEqualTo(base() + "/states/SRB");
        assertThat(texts(event.get("organisers"), "id")).containsExactly("SRB", "OSCE", "UNODA");
        assertThat(event.get("organisers").get(1).get("links").get("self").asString())
                .isEqualTo(base() + "/api/v1/organisations/OSCE");
        assertThat(texts(event.get("sections"), "heading"))
                .containsExactly("Conference Objectives", "Background", "Highlights");
        assertThat(texts(event.get("sections"), "kind")).containsExactly("objectives", "background", "highlights");
        assertThat(texts(event.get("topics"), "id")).containsExactly("national-action-plans", "assistance",
                "effective-practices", "biosecurity", "regional-cooperation");
        assertThat(texts(event.get("resolutions"), "citation"))
                .containsExactly("resolution 1540 (2004)", "resolution 1977 (2011)");
        assertThat(event.get("warnings").get(0).asString()).contains("have no comma between them");
        assertThat(event.get("source").get("fileName").asString()).isEqualTo(BELGRADE);
        assertThat(event.get("source").get("revision").asInt()).isEqualTo(1);
        assertThat(event.get("source").get("download").asString())
                .isEqualTo(base() + "/events/" + BELGRADE_SLUG + "/source");
        assertThat(event.get("links").get("html").asString()).isEqualTo(base() + "/events/" + BELGRADE_SLUG);
    }

    @Test
    void factsCarryTheirSpanAndTheTextItCovers() {
        JsonNode facts = okJson("/api/v1/events/" + BELGRADE_SLUG).get("facts");

        assertThat(texts(facts, "type")).containsExactly("national-action-plan", "related-event", "recommendations");
        JsonNode plan = facts.get(0);
        assertThat(plan.get("number").asInt()).isEqualTo(1);
        assertThat(plan.get("state").asString()).isEqualTo("SRB");
        assertThat(plan.get("reviewStatus").asString()).isEqualTo("suggested");
        assertThat(plan.get("details").get("status").asString()).isEqualTo("prepared");
        assertThat(plan.get("details").get("link").asString()).endsWith("Serbia_action-plan.pdf");
        assertThat(plan.get("quote").asString()).startsWith("The host was the first State in the region to prepare");
        int start = plan.get("span").get("start").asInt();
        int end = plan.get("span").get("end").asInt();
        assertThat(end - start).isEqualTo(plan.get("quote").asString().length());
        JsonNode followUp = facts.get(1);
        assertThat(followUp.get("details").get("relation").asString()).isEqualTo("follow-up");
        assertThat(followUp.get("details").get("startDate").asString()).isEqualTo("2010-06-14");
    }

    @Test
    void partySpansPointAtTheMentionInTheNotesText() {
        JsonNode event = okJson("/api/v1/events/" + BELGRADE_SLUG);
        JsonNode bosnia = event.get("participants").get(1);
        JsonNode plan = event.get("facts").get(0);

        // Both spans index the same text: the fact comes after the header that names the States.
        assertThat(bosnia.get("span").get("end").asInt() - bosnia.get("span").get("start").asInt())
                .isEqualTo("Bosnia & Herzegovina".length());
        assertThat(plan.get("span").get("start").asInt()).isGreaterThan(bosnia.get("span").get("end").asInt());
    }

    @Test
    void anUnknownEventIsA404Problem() {
        JsonNode problem = problem(getJson("/api/v1/events/2099-01-01-nowhere"), 404);

        assertThat(problem.get("detail").asString()).isEqualTo("There is no event with the id '2099-01-01-nowhere'.");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/events/2099-01-01-nowhere");
        assertThat(problem.get("type").asString()).isEqualTo("about:blank");
    }

    @Test
    void anUnknownApiAddressIsA404ProblemEvenWhenAClientAsksForHtml() {
        problem(request("GET", "/api/v1/nothing-here", "text/html"), 404);
    }

    @Test
    void aClientThatAcceptsOnlyHtmlIsToldTheApiSpeaksJson() {
        problem(request("GET", "/api/v1/events/" + BELGRADE_SLUG, "text/html"), 406);
        assertThat(request("GET", "/api/v1/events/" + BELGRADE_SLUG, "text/html, */*;q=0.8").statusCode())
                .isEqualTo(200);
    }

    @Test
    void aChangeWithoutSignInIs401AndAnEditorsUnsupportedMethodIs405ProblemThatSaysWhichIsAllowed() {
        problem(request("POST", "/api/v1/events", "application/json"), 401);

        var response = request("POST", "/api/v1/events", "application/json", editorToken());

        JsonNode problem = problem(response, 405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET");
        assertThat(problem.get("detail").asString()).contains("POST");
        problem(request("DELETE", "/api/v1/events/" + BELGRADE_SLUG, "application/json", editorToken()), 405);
    }

    @Test
    void thePagesKeepTheirHtmlErrorPages() {
        var missing = request("GET", "/events/2099-01-01-nowhere", "text/html");
        var wrongMethod = request("POST", "/events", "text/html", editorToken());

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    }
}
