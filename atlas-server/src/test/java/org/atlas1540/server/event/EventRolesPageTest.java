package org.atlas1540.server.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.atlas1540.server.testing.WebTestSupport;
import org.junit.jupiter.api.Test;

/** The event page says who hosted, who spoke and who took part remotely, beside the names. */
class EventRolesPageTest extends WebTestSupport {

    @Test
    void theBelgradePageMarksSerbiaAsHostTheSpeakersAndTheVideoMessage() {
        String body = get("/events/" + BELGRADE_SLUG).body();

        assertThat(body).containsPattern(">Serbia</a><span\\s+class=\"role\">host</span>");
        assertThat(body).containsPattern("href=\"/organisations/OSCE\"[^>]*>[^<]*</a><span\\s+class=\"role\">speaker</span>");
        assertThat(body).containsPattern("\\(via video-message\\)</span><span\\s+class=\"role\">speaker</span><span"
                + "\\s+class=\"role\">took part remotely</span>");
        assertThat(body).containsPattern(">Albania</a></li>");
    }
}
