package org.atlas1540.server.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.atlas1540.server.testing.WebTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Region pages through real HTTP. The test events are from 2013 and 2015, so the default window
 * (the last 5 years, counted back from today) holds none of them, and a window of 50 years all.
 */
class RegionPagesTest extends WebTestSupport {

    @Test
    void theIndexListsTheUnGroupsRegionsAndSubRegionsWithLinks() {
        HttpResponse<String> page = get("/regions");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h2 id=\"kind-0\">UN regional groups</h2>")
                .contains("<h2 id=\"kind-1\">Regions (M49)</h2>").contains("<h2 id=\"kind-2\">Sub-regions (M49)</h2>");
        assertThat(page.body()).contains("<a href=\"/regions/eastern-european-states\">Eastern European States</a>")
                .contains("<a href=\"/regions/europe\">Europe</a>")
                .contains("<a href=\"/regions/southern-europe\">Southern Europe</a>");
        assertThat(page.body()).contains("aria-current=\"page\">Regions</a>");
    }

    @Test
    void aRegionListsTheStatesReachedWithTheirLastEngagementAndCount() {
        String body = get("/regions/southern-europe?years=50").body();

        String reached = table(body, "reached");
        // Serbia hosted in Belgrade (9 May 2013) and attended in Kyiv (5 November 2013).
        assertThat(reached).containsPattern("<a href=\"/states/SRB\">Serbia</a></td>\\s*"
                + "<td data-label=\"Events in the period\" class=\"num\">2</td>\\s*"
                + "<td data-label=\"All events\" class=\"num\">2</td>\\s*"
                + "<td data-label=\"Last engagement\"><time datetime=\"2013-11-05\">5 November 2013</time>");
        assertThat(reached).contains("/states/VAT").doesNotContain("/states/ESP");
    }

    @Test
    void aRegionListsTheStatesNotReachedNeverReachedFirst() {
        String body = get("/regions/southern-europe?years=50").body();

        String notReached = table(body, "not-reached");
        assertThat(notReached).containsPattern("<a href=\"/states/ESP\">Spain</a></td>\\s*"
                + "<td data-label=\"Last engagement\"><span>Never</span></td>");
        assertThat(notReached).doesNotContain("/states/SRB");
    }

    @Test
    void byDefaultTheLastFiveYearsCountAndOlderEventsDoNot() {
        HttpResponse<String> page = get("/regions/southern-europe");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Reached <span>in the last 5 years</span>")
                .contains("No State of this region took part in an event in");
        // Serbia is not reached in the window, and says when it last was.
        assertThat(table(page.body(), "not-reached")).containsPattern("<a href=\"/states/SRB\">Serbia</a></td>\\s*"
                + "<td data-label=\"Last engagement\"><time datetime=\"2013-11-05\">5 November 2013</time>");
        assertThat(page.body()).containsPattern("name=\"years\"[^>]*value=\"5\"");
    }

    @Test
    void aRegionsMapLinksOnlyItsOwnStatesAndListsItsSmallOnes() {
        String body = get("/regions/southern-europe?years=50").body();

        assertThat(body).contains("<a href=\"/states/SRB\" aria-label=\"Serbia: 2 events in the last 50 years\">");
        assertThat(body).doesNotContain("href=\"/states/FRA\"");
        assertThat(body).contains("<a href=\"/states/MLT\" title=\"Malta: 1 event in the last 50 years\">Malta</a>");
        assertThat(body).containsPattern("class=\"world-map__svg\"[^>]*viewBox=\"[\\d.]+ [\\d.]+ [\\d.]+ [\\d.]+\"")
                .doesNotContain("viewBox=\"0.0 0.0 960.0");
    }

    @Test
    void aSubRegionNamesItsRegionAndARegionItsSubRegionsAndBothLinkToTheirEvents() {
        String sub = get("/regions/southern-europe").body();
        String region = get("/regions/europe").body();

        assertThat(sub).contains("<dt>Part of</dt>").contains("<a href=\"/regions/europe\">Europe</a>")
                .contains("href=\"/events?region=southern-europe\"");
        assertThat(region).contains("<a href=\"/regions/southern-europe\">Southern Europe</a>");
    }

    @Test
    void aUnGroupHasItsOwnPage() {
        String body = get("/regions/african-states?years=50").body();

        assertThat(body).contains("<h1>African States</h1>");
        assertThat(table(body, "reached")).contains("/states/DZA").contains("/states/EGY").contains("/states/MAR");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0", "101", "-3", "2.5"})
    void aBadNumberOfYearsAnswers400WithAMessageAndNoLists(String years) {
        HttpResponse<String> page = get("/regions/europe?years=" + years);

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("is not a number of years: give a whole number from 1 to 100.");
        assertThat(page.body()).containsPattern("name=\"years\"[^>]*value=\"" + Pattern.quote(years) + "\"");
        assertThat(page.body()).doesNotContain("id=\"reached\"").doesNotContain("Exception");
    }

    @Test
    void anUnknownRegionIsNotFound() {
        HttpResponse<String> page = get("/regions/atlantis");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("There is no <span>region</span> with the id");
    }

    private static String table(String body, String id) {
        int start = body.indexOf("id=\"" + id + "\"");
        assertThat(start).as("table %s", id).isPositive();
        return body.substring(start, body.indexOf("</table>", start));
    }
}
