package org.atlas1540.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.atlas1540.server.testing.WebTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** {@code GET /api/v1/search} through real HTTP, on the web tests' three notes. */
class SearchApiTest extends WebTestSupport {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void belgradeFindsTheBelgradeEventWithItsFacets() {
        var response = api("/api/v1/search?q=Belgrade");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t ->
                assertThat(t).startsWith("application/json"));
        JsonNode body = json(response);
        assertThat(body.get("query").asString()).isEqualTo("Belgrade");
        assertThat(body.get("total").asLong()).isEqualTo(1);
        JsonNode hit = body.get("hits").get(0);
        assertThat(hit.get("slug").asString()).isEqualTo(BELGRADE_SLUG);
        assertThat(hit.get("url").asString()).isEqualTo("/events/" + BELGRADE_SLUG);
        assertThat(hit.get("startDate").asString()).isEqualTo("2013-05-09");
        assertThat(hit.get("venue").asString()).isEqualTo("Belgrade, Serbia");
        assertThat(hit.get("snippets").isArray()).isTrue();
        assertThat(body.get("facets").get("year").get(0).get("value").asString()).isEqualTo("2013");
        assertThat(body.get("facets").get("region").get(0).get("label").asString()).isEqualTo("Europe");
        assertThat(values(body.get("facets").get("topic"), "value")).contains("biosecurity");
        assertThat(body.get("links").get("self").asString()).isEqualTo("/api/v1/search?q=Belgrade");
    }

    @Test
    void exportControlFindsBothSampleNotesWithMarkedSnippets() {
        JsonNode body = json(api("/api/v1/search?q=" + URLEncoder.encode("export control", StandardCharsets.UTF_8)));

        assertThat(values(body.get("hits"), "slug")).contains(BELGRADE_SLUG, "2013-11-05-kyiv-regional-workshop");
        assertThat(body.get("hits").toString()).containsPattern("<mark>(?i)export</mark>");
    }

    @Test
    void snippetsAreHtmlWithTheNotesTextEscaped() {
        JsonNode hit = json(api("/api/v1/search?q=onerror")).get("hits").get(0);

        assertThat(hit.get("title").asString()).isEqualTo("Workshop on <script>alert('owned')</script> Export Controls");
        assertThat(hit.get("snippets").get(0).asString())
                .contains("&lt;img src=x <mark>onerror</mark>=alert(1)&gt; border controls &amp; export")
                .doesNotContain("<img");
    }

    @Test
    void filtersAndPagingApplyAndTheLinksLeadToTheNeighbouringPages() {
        JsonNode body = json(api("/api/v1/search?year=2013&size=1&page=2"));

        assertThat(body.get("total").asLong()).isEqualTo(2);
        assertThat(body.get("pages").asLong()).isEqualTo(2);
        assertThat(body.get("filters").get("year").asString()).isEqualTo("2013");
        assertThat(body.get("hits")).hasSize(1);
        assertThat(body.get("links").get("prev").asString()).isEqualTo("/api/v1/search?year=2013&size=1");
        assertThat(body.get("links").get("next").isNull()).isTrue();
    }

    @Test
    void parametersThatCannotBeUsedAnswer400WithProblemDetailsNamingEach() {
        var response = api("/api/v1/search?q=x&year=abc&size=1000&topic=nothing");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t ->
                assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("title").asString()).isEqualTo("Invalid search parameters");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/search");
        assertThat(problem.get("detail").asString()).contains("year must be a year from 1900 to 2100, not 'abc'");
        assertThat(values(problem.get("errors"), "parameter")).containsExactly("year", "topic", "size");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("trace");
    }

    @ParameterizedTest
    @ValueSource(strings = {"' OR 1=1 --", "\"unbalanced", "(((", "title:*", "/[a-z]+/", "\\", "<script>", ""})
    void anyQueryTextAnswers200(String query) {
        var response = api("/api/v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("total").asLong()).isBetween(0L, 3L);
    }

    @Test
    void aVeryLongQueryIsShortenedAndSaysSo() {
        JsonNode body = json(api("/api/v1/search?q=" + "belgrade+".repeat(400)));

        assertThat(body.get("queryShortened").asBoolean()).isTrue();
        assertThat(body.get("query").asString()).hasSizeLessThanOrEqualTo(SearchQuery.MAX_LENGTH);
        assertThat(body.get("total").asLong()).isEqualTo(1);
    }

    private HttpResponse<String> api(String path) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json").GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static List<String> values(JsonNode array, String field) {
        var values = new ArrayList<String>();
        array.forEach(n -> values.add(n.get(field).asString()));
        return values;
    }
}
