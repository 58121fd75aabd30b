package org.atlas1540.server.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.atlas1540.server.testing.WebTestSupport;
import org.junit.jupiter.api.Test;

/** The web tests' page size is 2, so that three events make two pages. */
class EventListPageTest extends WebTestSupport {

    @Test
    void theListShowsTheFirstPageWithALinkToTheNext() {
        var page = get("/events");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Events <span>1</span>–<span>2</span> of <span>3</span>");
        assertThat(page.body()).contains("href=\"/events?page=2\"");
        assertThat(page.body()).contains("2015-03-03-vienna-workshop");
    }

    @Test
    void theSecondPageHoldsTheOldestEvent() {
        String body = get("/events?page=2").body();

        assertThat(body).contains("Events <span>3</span>–<span>3</span> of <span>3</span>");
        assertThat(body).contains("/events/" + BELGRADE_SLUG).contains("rel=\"prev\"");
    }

    @Test
    void filteringByYearKindAndStateKeepsOnlyMatchingEvents() {
        String byYear = get("/events?year=2015").body();
        assertThat(byYear).contains("of <span>1</span>").contains("2015-03-03-vienna-workshop");

        String byState = get("/events?state=SVN").body();
        assertThat(byState).contains("/events/" + BELGRADE_SLUG).doesNotContain("2015-03-03-vienna-workshop");

        String byKind = get("/events?kind=workshop&year=2013").body();
        assertThat(byKind).contains("/events/" + BELGRADE_SLUG).doesNotContain("2015-03-03-vienna-workshop");
    }

    @Test
    void theFilterFormOffersTheYearsKindsAndStatesThatOccurAndKeepsTheChoice() {
        String body = get("/events?year=2013&state=SRB").body();

        assertThat(body).contains("<form class=\"filters\" method=\"get\" action=\"/events\"");
        assertThat(body).contains("<label for=\"year\">Year</label>").contains("<label for=\"state\">State</label>");
        assertThat(body).contains("<option value=\"2013\" selected=\"selected\">2013</option>");
        assertThat(body).contains("<option value=\"SRB\" selected=\"selected\">Serbia</option>");
        assertThat(body).contains("<option value=\"workshop\">Workshop</option>");
    }

    @Test
    void aFilterThatCannotBeReadIsIgnoredAndSaidSo() {
        var page = get("/events?year=abc&state=SVN");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("could not be read and were ignored").contains("<span>year</span>");
        assertThat(page.body()).contains("/events/" + BELGRADE_SLUG);
    }

    @Test
    void noMatchSaysSo() {
        assertThat(get("/events?year=1999").body()).contains("No events match.");
    }
}
