package org.atlas1540.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.atlas1540.server.testing.WebTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebSetupTest extends WebTestSupport {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/events", "/events/" + BELGRADE_SLUG, "/events/" + BELGRADE_SLUG + "/source",
            "/states/SRB", "/organisations/OSCE", "/states/XYZ", "/no-such-page", "/css/atlas.css"})
    void everyResponseCarriesTheSecurityHeaders(String path) {
        HttpResponse<byte[]> response = getBytes(path);

        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'").contains("frame-ancestors 'none'"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void anAddressThatMatchesNoPageGetsThe404Page() {
        var page = get("/no-such-page");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("<h1>Not found</h1>").contains("There is no page at this address.");
    }

    @Test
    void theNotFoundPageNamesWhatWasMissingInsideTheLayout() {
        var page = get("/states/XYZ");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("There is no <span>State</span> with the id").contains("<code>XYZ</code>");
        assertThat(page.body()).contains("href=\"/events\"");
    }

    @Test
    void anIdFromTheAddressIsEscapedOnTheNotFoundPage() {
        var page = get("/organisations/%3Cscript%3Ealert(1)%3C%2Fscript%3E");

        assertThat(page.statusCode()).isIn(400, 404);
        assertThat(page.body()).doesNotContain("<script>alert(1)");
        var state = get("/states/%3Cb%3E");
        assertThat(state.statusCode()).isEqualTo(404);
        assertThat(state.body()).contains("<code>&lt;b&gt;</code>");
    }

    @Test
    void theStylesheetIsServedFromThisServer() {
        var css = getBytes("/css/atlas.css");

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
    }

    @Test
    void theHealthEndpointAnswers() {
        assertThat(getBytes("/actuator/health").statusCode()).isEqualTo(200);
    }
}
