package org.atlas1540.server.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.atlas1540.server.testing.WebTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The events list through real HTTP. The web tests' page size is 2, so that three events make two
 * pages: Belgrade (9 May 2013, Serbia), Kyiv (5 November 2013, Ukraine) and Vienna (3 March 2015,
 * Austria, organised by UNODA, about export control and border security).
 */
class EventListPageTest extends WebTestSupport {
    private static final String KYIV_SLUG = "2013-11-05-kyiv-regional-workshop";
    private static final String VIENNA_SLUG = "2015-03-03-vienna-workshop";

    @Test
    void theListShowsTheFirstPageWithALinkToTheNext() {
        var page = get("/events");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Events <span>1</span>–<span>2</span> of <span>3</span>");
        assertThat(page.body()).contains("href=\"/events?page=2\"");
        assertThat(page.body()).contains(VIENNA_SLUG);
    }

    @Test
    void theSecondPageHoldsTheOldestEvent() {
        String body = get("/events?page=2").body();

        assertThat(body).contains("Events <span>3</span>–<span>3</span> of <span>3</span>");
        assertThat(body).contains("/events/" + BELGRADE_SLUG).contains("rel=\"prev\"");
    }

    @Test
    void aSingleYearStillFiltersAsBefore() {
        String byYear = get("/events?year=2015").body();

        assertThat(byYear).contains("of <span>1</span>").contains(VIENNA_SLUG);
        assertThat(byYear).contains("name=\"from\"").contains("value=\"2015\"");
    }

    @Test
    void aRangeOfYearsKeepsTheEventsThatStartInIt() {
        assertThat(listed("/events?from=2013&to=2013")).contains(BELGRADE_SLUG, KYIV_SLUG).doesNotContain(VIENNA_SLUG);
        assertThat(listed("/events?from=2014")).contains(VIENNA_SLUG).doesNotContain(BELGRADE_SLUG, KYIV_SLUG);
        assertThat(listed("/events?to=2013")).contains(BELGRADE_SLUG, KYIV_SLUG).doesNotContain(VIENNA_SLUG);
        assertThat(get("/events?from=2016&to=2020").body()).contains("No events match.");
    }

    @Test
    void aRegionOrUnGroupKeepsEventsHeldInOrAttendedByItsStates() {
        // Algeria, Egypt and Morocco attended in Kyiv; no one from Oceania anywhere.
        assertThat(listed("/events?region=africa")).contains(KYIV_SLUG).doesNotContain(BELGRADE_SLUG, VIENNA_SLUG);
        assertThat(listed("/events?region=northern-america")).contains(KYIV_SLUG).doesNotContain(BELGRADE_SLUG);
        assertThat(get("/events?region=oceania").body()).contains("No events match.");
        assertThat(get("/events?region=western-european-and-other-states").body()).contains("of <span>2</span>");
    }

    @Test
    void aStateAnOrganisationATopicAndAKindEachKeepTheirEvents() {
        assertThat(listed("/events?state=SVN")).contains(BELGRADE_SLUG, KYIV_SLUG).doesNotContain(VIENNA_SLUG);
        assertThat(listed("/events?state=AUT")).contains(VIENNA_SLUG).doesNotContain(BELGRADE_SLUG);
        assertThat(listed("/events?organisation=EU")).contains(KYIV_SLUG).doesNotContain(BELGRADE_SLUG, VIENNA_SLUG);
        assertThat(listed("/events?topic=biosecurity")).contains(BELGRADE_SLUG).doesNotContain(KYIV_SLUG, VIENNA_SLUG);
        assertThat(listed("/events?topic=export-control")).contains(KYIV_SLUG, VIENNA_SLUG)
                .doesNotContain(BELGRADE_SLUG);
        assertThat(get("/events?kind=country-visit").body()).contains("No events match.");
    }

    @Test
    void filtersCombine() {
        assertThat(listed("/events?kind=workshop&from=2013&to=2013&state=SVN")).contains(BELGRADE_SLUG, KYIV_SLUG);
        assertThat(listed("/events?organisation=UNODA&topic=border-security&region=europe"))
                .contains(KYIV_SLUG, VIENNA_SLUG).doesNotContain(BELGRADE_SLUG);
        assertThat(listed("/events?organisation=UNODA&topic=border-security&region=europe&from=2015"))
                .contains(VIENNA_SLUG).doesNotContain(KYIV_SLUG);
        assertThat(get("/events?state=DZA&topic=biosecurity").body()).contains("No events match.");
    }

    @Test
    void theListSortsNewestOrOldestFirstOrByTitle() {
        String oldest = get("/events?sort=date-asc").body();
        assertThat(oldest.indexOf(BELGRADE_SLUG)).isPositive().isLessThan(oldest.indexOf(KYIV_SLUG));
        assertThat(oldest).doesNotContain(VIENNA_SLUG).contains("href=\"/events?sort=date-asc&amp;page=2\"");

        String newest = get("/events?sort=date-desc").body();
        assertThat(newest.indexOf(VIENNA_SLUG)).isPositive().isLessThan(newest.indexOf(KYIV_SLUG));

        // "Regional Workshop ..." (twice) before "Workshop on ...": Vienna is alone on the second page.
        assertThat(listed("/events?sort=title")).contains(BELGRADE_SLUG, KYIV_SLUG).doesNotContain(VIENNA_SLUG);
        assertThat(listed("/events?sort=title&page=2")).contains(VIENNA_SLUG);
    }

    @Test
    void thePagerKeepsEveryFilterAndTheOrder() {
        String body = get("/events?region=europe&organisation=UNODA&sort=date-asc").body();

        assertThat(body).contains("href=\"/events?region=europe&amp;organisation=UNODA&amp;sort=date-asc&amp;page=2\"");
    }

    @Test
    void theFilterFormHasALabelForEveryFieldAndKeepsTheChoices() {
        String body = get("/events?from=2013&to=2014&region=europe&state=srb&organisation=osce&topic=biosecurity"
                + "&kind=workshop&sort=title").body();

        assertThat(body).contains("<form class=\"filters\" method=\"get\" action=\"/events\"");
        for (String field : new String[] {"from", "to", "region", "state", "organisation", "topic", "kind", "sort"}) {
            assertThat(body).containsPattern("<label for=\"" + field + "\">[^<]+</label>")
                    .contains("id=\"" + field + "\" name=\"" + field + "\"");
        }
        assertThat(body).containsPattern("name=\"from\"[^>]*value=\"2013\"").containsPattern("name=\"to\"[^>]*value=\"2014\"");
        assertThat(body).contains("<option value=\"europe\" selected=\"selected\">Europe</option>");
        assertThat(body).contains("<option value=\"SRB\" selected=\"selected\">Serbia</option>");
        assertThat(body).containsPattern("<option value=\"OSCE\" selected=\"selected\">[^<]+</option>");
        assertThat(body).contains("<option value=\"biosecurity\" selected=\"selected\">");
        assertThat(body).contains("<option value=\"workshop\" selected=\"selected\">Workshop</option>");
        assertThat(body).contains("<option value=\"title\" selected=\"selected\">Title (A–Z)</option>");
        assertThat(body).contains("<optgroup label=\"UN regional group\">").contains("<optgroup label=\"Sub-region (M49)\">");
        // The year fields hint at the first and last years with events.
        assertThat(body).contains("placeholder=\"e.g. 2013\"").contains("placeholder=\"e.g. 2015\"");
    }

    @Test
    void aStateNamedByNoEventIsStillShownAsChosen() {
        var page = get("/events?state=FJI");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<option value=\"FJI\" selected=\"selected\">Fiji</option>")
                .contains("No events match.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "from=abc                | from         | &#39;abc&#39; is not a year",
        "to=1800                 | to           | 1800 is not a year Atlas covers",
        "from=2015&to=2013       | to           | ends in 2013, before it starts in 2015",
        "year=2013&from=2013     | from         | either one year or a range",
        "region=atlantis         | region       | There is no region or UN regional group &#39;atlantis&#39;",
        "state=XYZ               | state        | There is no State with the code &#39;XYZ&#39;",
        "state=Serbia            | state        | &#39;Serbia&#39; is not a State code",
        "organisation=NO-SUCH    | organisation | There is no organisation with the id &#39;NO-SUCH&#39;",
        "organisation=%3Cb%3E    | organisation | &#39;&lt;b&gt;&#39; is not an organisation id",
        "topic=magic             | topic        | There is no topic &#39;magic&#39;",
        "kind=party              | kind         | There is no kind of event &#39;party&#39;",
        "sort=random             | sort         | &#39;random&#39; is not an order of the list: use date-desc, date-asc, title",
    })
    void aValueThatCannotBeUsedAnswers400WithAMessageOnThePageAndNoList(String query, String field, String message) {
        HttpResponse<String> page = get("/events?" + query);

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Some filters cannot be used").contains(message);
        assertThat(page.body()).contains("href=\"#" + field + "\"");
        assertThat(page.body()).containsPattern("id=\"" + field + "\"[^>]*aria-invalid=\"true\"");
        assertThat(page.body()).doesNotContain("class=\"data-table\"").doesNotContain("Exception").doesNotContain(" at org.");
    }

    @Test
    void aBadPageNumberIsSaidWithoutALinkAndTheFormKeepsWhatWasTyped() {
        HttpResponse<String> page = get("/events?page=0&from=abc&state=SVN");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("&#39;0&#39; is not a page number");
        assertThat(page.body()).containsPattern("name=\"from\"[^>]*value=\"abc\"");
        assertThat(page.body()).contains("<option value=\"SVN\" selected=\"selected\">Slovenia</option>");
    }

    @Test
    void aVeryLongValueIsCutInTheMessage() {
        String body = get("/events?topic=" + "x".repeat(500)).body();

        assertThat(body).contains("&#39;" + "x".repeat(40) + "…&#39;").doesNotContain("x".repeat(41));
    }

    @Test
    void anEventsTopicsAndKindLinkToTheFilteredList() {
        String body = get("/events/" + BELGRADE_SLUG).body();

        assertThat(body).contains("href=\"/events?topic=biosecurity\"").contains("href=\"/events?kind=workshop\"");
    }

    @Test
    void stateAndOrganisationPagesLinkToTheListFilteredByThem() {
        assertThat(get("/states/SRB").body()).contains("href=\"/events?state=SRB\"");
        assertThat(get("/organisations/OSCE").body()).contains("href=\"/events?organisation=OSCE\"");
        assertThat(listed("/events?organisation=OSCE")).contains(BELGRADE_SLUG, KYIV_SLUG);
    }

    private String listed(String path) {
        HttpResponse<String> page = get(path);
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        return page.body();
    }
}
