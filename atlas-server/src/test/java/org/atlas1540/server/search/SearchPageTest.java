package org.atlas1540.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.atlas1540.server.testing.WebTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The search page through real HTTP, on the web tests' three notes (Belgrade, Kiev, and one holding HTML). */
class SearchPageTest extends WebTestSupport {
    private static final String KIEV_SLUG = "2013-11-05-kyiv-regional-workshop";
    private static final String VIENNA_SLUG = "2015-03-03-vienna-workshop";

    @Test
    void theBelgradeNoteIsFoundByItsCityWithItsDateAndVenue() {
        var page = get("/search?q=Belgrade");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Events <span>1</span>–<span>1</span> of <span>1</span> for <q>Belgrade</q>");
        assertThat(page.body()).contains("<a href=\"/events/" + BELGRADE_SLUG
                + "\">Regional Workshop on the Implementation of UNSC Resolution 1540 (2004)</a>");
        assertThat(page.body()).contains("<span>9–10 May 2013</span>").contains("<span>Belgrade, Serbia</span>");
        assertThat(page.body()).doesNotContain("/events/" + KIEV_SLUG);
    }

    @Test
    void theBelgradeNoteIsFoundByExportControlWithTheWordsMarked() {
        String body = get("/search?q=export+control").body();

        assertThat(body).contains("/events/" + BELGRADE_SLUG).contains("/events/" + KIEV_SLUG);
        assertThat(body).containsPattern("<mark>(?i)export</mark> <mark>(?i)control</mark>");
    }

    @Test
    void noteTextHoldingHtmlIsShownAsTextAroundTheMarkedWord() {
        String body = get("/search?q=onerror").body();

        assertThat(body).contains("/events/" + VIENNA_SLUG);
        assertThat(body).doesNotContain("<script>alert").doesNotContain("<img src=x");
        assertThat(body).contains("Workshop on &lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt; Export Controls");
        assertThat(body).contains("&lt;img src=x <mark>onerror</mark>=alert(1)&gt; border controls &amp; export");
    }

    static List<String> hostileQueries() {
        return List.of("' OR 1=1 --", "\"unbalanced", "((export", ")", "OR", "-", "title:x", "*", "/.*/", "\\",
                "%", "<script>alert(1)</script>", "\u0000", "\ue000", "😀", "a".repeat(3000), "  ", "");
    }

    @ParameterizedTest(name = "[{index}]")
    @MethodSource("hostileQueries")
    void anyQueryGetsTheSearchPageNeverAnErrorPage(String query) {
        var page = get("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Search the notes</h1>").contains("role=\"status\"")
                .doesNotContain("Exception").doesNotContain("<script>alert(1)");
    }

    @Test
    void aVeryLongQueryIsShortenedAndSaysSo() {
        String body = get("/search?q=" + "belgrade+".repeat(400)).body();

        assertThat(body).contains("Your search was long: only its").contains("/events/" + BELGRADE_SLUG);
    }

    @Test
    void withoutWordsEveryEventIsListedNewestFirst() {
        String body = get("/search").body();

        assertThat(body).contains("Events <span>1</span>–<span>3</span> of <span>3</span>, newest first.");
        assertThat(body.indexOf(VIENNA_SLUG)).isLessThan(body.indexOf(KIEV_SLUG));
        assertThat(body.indexOf(KIEV_SLUG)).isLessThan(body.indexOf(BELGRADE_SLUG));
    }

    @Test
    void facetsCountTheHitsAndLinkToTheNarrowedSearch() {
        String body = get("/search?q=workshop").body();

        assertThat(body).contains("<h3 id=\"facet-year\">Year</h3>").contains("<h3 id=\"facet-region\">Region</h3>");
        assertThat(body).contains("<a href=\"/search?q=workshop&amp;year=2013\"><span>2013</span> "
                + "<span class=\"facet__count\">(2)</span></a>");
        assertThat(body).contains("href=\"/search?q=workshop&amp;region=Africa\"");
        assertThat(body).contains("href=\"/search?q=workshop&amp;topic=export-control\"");
        assertThat(body).contains("href=\"/search?q=workshop&amp;kind=workshop\"");
    }

    @Test
    void aFacetValueNarrowsTheResultsAndCanBeRemoved() {
        String body = get("/search?q=workshop&year=2013&region=Africa").body();

        assertThat(body).contains("Events <span>1</span>–<span>1</span> of <span>1</span>");
        assertThat(body).contains("/events/" + KIEV_SLUG).doesNotContain("/events/" + BELGRADE_SLUG);
        assertThat(body).contains("<span>Region: Africa</span>");
        assertThat(body).contains("<a href=\"/search?q=workshop&amp;year=2013\" "
                + "aria-label=\"Remove the filter Region: Africa\">Remove</a>");
        // The new search keeps the filters.
        assertThat(body).contains("<input type=\"hidden\" name=\"year\"").contains("value=\"Africa\"");
    }

    @Test
    void aFilterThatCannotBeReadIsIgnoredAndSaidSo() {
        var page = get("/search?q=Belgrade&year=abc&region=Atlantis");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Some parameters could not be used and were")
                .contains("year must be a year from 1900 to 2100, not &#39;abc&#39;")
                .contains("region must be one of Africa, Americas, Asia, Europe, Oceania");
        assertThat(page.body()).contains("/events/" + BELGRADE_SLUG);
    }

    @Test
    void resultsArePagedWithLinksBothWays() {
        String body = get("/search?size=1&page=2").body();

        assertThat(body).contains("Events <span>2</span>–<span>2</span> of <span>3</span>");
        assertThat(body).contains("href=\"/search?size=1\" rel=\"prev\"").contains("href=\"/search?page=3&amp;size=1\" rel=\"next\"");
        assertThat(body).contains("<ol class=\"hits\" start=\"2\">");
    }

    @Test
    void noMatchSaysSo() {
        assertThat(get("/search?q=zanzibarite").body()).contains("No notes match").contains("<q>zanzibarite</q>");
    }

    @Test
    void everyPageHasASearchBoxInItsHeaderWhichKeepsTheQuery() {
        String events = get("/events").body();
        assertThat(events).contains("<form class=\"site-search\" method=\"get\" action=\"/search\" role=\"search\"");
        assertThat(events).contains("<label for=\"site-search-q\" class=\"visually-hidden\">Search the notes</label>");
        assertThat(events).contains("<input id=\"site-search-q\" name=\"q\" type=\"search\" maxlength=\"200\" value=\"\" "
                + "placeholder=\"Search the notes\">");

        assertThat(get("/search?q=%22export+control%22").body())
                .containsPattern("<input id=\"site-search-q\"[^>]*value=\"&quot;export control&quot;\"");
    }

    @Test
    void theSearchPageCarriesTheSecurityHeadersAndItsStylesheetIsServed() {
        var page = get("/search?q=Belgrade");

        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'self'"));
        assertThat(page.body()).contains("<link rel=\"stylesheet\" href=\"/css/search.css\">");
        assertThat(getBytes("/css/search.css").statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("style=").doesNotContain("<script");
    }
}
