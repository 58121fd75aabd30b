package org.atlas1540.server.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.atlas1540.server.testing.WebTestSupport;
import org.junit.jupiter.api.Test;

/**
 * The home page's map and chart through real HTTP, with the two sample notes (Belgrade and Kyiv,
 * 2013) and the Vienna note (2015). Slovenia attended both 2013 workshops; France none.
 */
class HomeMapAndChartTest extends WebTestSupport {

    @Test
    void aStateThatAttendedIsALinkToItsPageNamedWithItsCountInANonZeroBucket() {
        String slovenia = mapLink(get("/").body(), "SVN");

        assertThat(slovenia).contains("aria-label=\"Slovenia: 2 events\"").contains("<title>Slovenia: 2 events</title>");
        assertThat(slovenia).containsPattern("<path class=\"map-b[1-4]\"").doesNotContain("map-b0");
    }

    @Test
    void aStateThatDidNotAttendIsStillALinkInTheZeroBucket() {
        String france = mapLink(get("/").body(), "FRA");

        assertThat(france).contains("aria-label=\"France: 0 events\"").contains("<path class=\"map-b0\"");
    }

    @Test
    void theMapIsInlineSvgWithItsViewBoxALegendAndNoScriptOrStyle() {
        String body = get("/").body();

        assertThat(body).containsPattern("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"world-map__svg\"[^>]*"
                + "viewBox=\"0\\.0 0\\.0 960\\.0 \\d+\\.0\"");
        assertThat(body).contains("<ul class=\"map-legend\">").contains("<span>None</span>");
        assertThat(body).contains("href=\"#world-map-unmapped\"");
        assertThat(body).doesNotContain("<script").doesNotContain("style=");
    }

    @Test
    void statesTooSmallToDrawAreListedBeneathTheMapWithTheirCounts() {
        String body = get("/").body();

        // The Holy See and Malta attended in Kyiv and have no shape at this scale.
        assertThat(body).contains("<a href=\"/states/VAT\" title=\"Holy See: 1 event\">Holy See</a> "
                + "<span class=\"count\">(1)</span>");
        assertThat(body).contains("<a href=\"/states/MLT\" title=\"Malta: 1 event\">Malta</a>");
        assertThat(body).contains("<a href=\"/states/AND\" title=\"Andorra: 0 events\">Andorra</a>");
    }

    @Test
    void theChartStacksEventsPerYearByRegionWithEmptyYearsAndATableOfTheNumbers() {
        String body = get("/").body();

        assertThat(body).contains("<title>2013, Europe: 2 events</title>").contains("<title>2015, Europe: 1 event</title>");
        assertThat(body).containsPattern("<th scope=\"row\">2014</th>\\s*(<td[^>]*>0</td>\\s*)+");
        assertThat(body).contains("<summary>The numbers as a table</summary>");
        assertThat(body).containsPattern("<th scope=\"col\" class=\"num\">Africa</th>");
    }

    @Test
    void theNavigationLeadsToTheRegions() {
        assertThat(get("/").body()).contains("<a href=\"/regions\">Regions</a>");
    }

    /** The {@code <a>} of a State on the map, up to its closing tag. */
    static String mapLink(String body, String code) {
        Matcher m = Pattern.compile("<a href=\"/states/" + code + "\" aria-label[^>]*>.*?</a>", Pattern.DOTALL)
                .matcher(body);
        assertThat(m.find()).as("the map links %s", code).isTrue();
        return m.group();
    }
}
