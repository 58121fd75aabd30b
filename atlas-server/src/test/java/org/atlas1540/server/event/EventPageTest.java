package org.atlas1540.server.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.atlas1540.server.testing.SharedFiles;
import org.atlas1540.server.testing.WebTestSupport;
import org.junit.jupiter.api.Test;

class EventPageTest extends WebTestSupport {

    @Test
    void theBelgradePageListsItsSevenParticipatingStatesByNameWithLinks() {
        var page = get("/events/" + BELGRADE_SLUG);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        for (var state : List.of(
                List.of("ALB", "Albania"), List.of("BIH", "Bosnia and Herzegovina"), List.of("HRV", "Croatia"),
                List.of("MNE", "Montenegro"), List.of("SRB", "Serbia"), List.of("SVN", "Slovenia"),
                List.of("MKD", "North Macedonia"))) {
            assertThat(page.body()).containsPattern("<a href=\"/states/" + state.get(0) + "\"[^>]*>" + state.get(1) + "</a>");
        }
        assertThat(page.body()).contains("States (<span>7</span>)");
    }

    @Test
    void theHeaderTableShowsTheEventItsLinkedOrganisersAndItsDateAndVenue() {
        String body = get("/events/" + BELGRADE_SLUG).body();

        assertThat(body).contains("Regional Workshop on the Implementation of UNSC Resolution 1540 (2004)");
        assertThat(body).contains("<a href=\"/organisations/OSCE\"").contains("<a href=\"/organisations/UNODA\"");
        assertThat(body).contains("9–10 May 2013").contains("Belgrade, Serbia");
        assertThat(body).contains("<a href=\"/organisations/BAFA\"");
    }

    @Test
    void sectionsTopicsResolutionsAndWarningsAreShown() {
        String body = get("/events/" + BELGRADE_SLUG).body();

        assertThat(body).contains("Conference Objectives").contains("Background").contains("Highlights");
        assertThat(body).contains("Resolution 1977 (2011)");
        assertThat(body).contains("Biological security and biosafety");
        assertThat(body).contains("have no comma between them");
    }

    @Test
    void aSuggestedFactShowsTheSentenceItWasReadFromWithTheSpanMarked() {
        String body = get("/events/" + BELGRADE_SLUG).body();

        assertThat(body).contains("National action plan").contains("<a href=\"/states/SRB\" rel=\"nofollow noreferrer\">Serbia</a>");
        assertThat(body).containsPattern("<mark>The host was the first State in the region to prepare such a plan");
        assertThat(body).contains("<span class=\"status\">suggested</span>");
    }

    @Test
    void anUnresolvedParticipantIsPlainTextNotALink() {
        String body = get("/events/2015-03-03-vienna-workshop").body();

        assertThat(body).containsPattern("<span\\s+class=\"unresolved\"[^>]*>Nowhere Institute of Things</span>");
        assertThat(body).doesNotContain(">Nowhere Institute of Things</a>");
    }

    @Test
    void htmlInANoteIsShownAsTextNeverAsMarkup() {
        var page = get("/events/2015-03-03-vienna-workshop");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("<script>alert").doesNotContain("<img src=x");
        assertThat(page.body()).contains("Workshop on &lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt; Export Controls");
        assertThat(page.body()).contains("&lt;img src=x onerror=alert(1)&gt; border controls &amp; export licensing");
    }

    @Test
    void theOriginalFileDownloadsAsAnAttachmentWithItsContentType() {
        var download = getBytes("/events/" + BELGRADE_SLUG + "/source");

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).startsWith("attachment").contains("filename=\"" + BELGRADE + "\""));
        assertThat(download.body()).isEqualTo(SharedFiles.sampleBytes(BELGRADE));
    }

    @Test
    void theSourceSectionNamesTheFileAndLinksTheDownload() {
        String body = get("/events/" + BELGRADE_SLUG).body();

        assertThat(body).contains(BELGRADE).contains("href=\"/events/" + BELGRADE_SLUG + "/source\"");
    }

    @Test
    void anUnknownEventIsNotFound() {
        var page = get("/events/2099-01-01-nowhere");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Not found").contains("2099-01-01-nowhere");
        assertThat(getBytes("/events/2099-01-01-nowhere/source").statusCode()).isEqualTo(404);
    }
}
