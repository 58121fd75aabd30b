package org.atlas1540.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.atlas1540.server.testing.ApiTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The OpenAPI description and its UI, served from this server alone, and the health endpoint's database check. */
class ApiDocsAndHealthTest extends ApiTestSupport {

    @Test
    void theOpenApiDocumentListsEveryEndpointOfTheApiAndTheExports() {
        JsonNode doc = okJson("/v3/api-docs");

        assertThat(doc.get("info").get("title").asString()).isEqualTo("Atlas 1540 API");
        assertThat(doc.get("paths").propertyNames()).containsExactlyInAnyOrder(
                "/api/v1/events", "/api/v1/events/{slug}", "/api/v1/facts", "/api/v1/states", "/api/v1/states/{code}",
                "/api/v1/search", "/api/v1/imports",
                "/api/v1/organisations", "/api/v1/organisations/{id}", "/exports/events.csv", "/exports/events.json",
                "/exports/events.ics", "/exports/participation.csv", "/states/{code}/events.ics",
                "/organisations/{id}/events.ics",
                "/api/v1/action-plans", "/api/v1/action-plans/{id}", "/exports/action-plans.csv",
                "/api/v1/country-visits", "/api/v1/country-visits/{id}", "/api/v1/country-visits/{id}/status",
                "/exports/country-visits.csv",
                "/api/v1/recommendations", "/api/v1/recommendations/{id}", "/api/v1/recommendations/{id}/status",
                "/api/v1/recommendations/{id}/follow-ups", "/exports/recommendations.csv");
    }

    @Test
    void theEventsOperationDocumentsEachFilterAndPagingParameter() {
        JsonNode parameters = okJson("/v3/api-docs").get("paths").get("/api/v1/events").get("get").get("parameters");

        var names = new ArrayList<String>();
        parameters.values().forEach(p -> names.add(p.get("name").asString()));
        assertThat(names).containsExactlyInAnyOrder("from", "to", "year", "region", "state", "organisation", "topic", "kind",
                "sort", "page", "size");
    }

    @Test
    void theUiIsServedFromThisServerWithAPolicyThatLetsItDrawAndNothingElse() {
        var redirect = get("/swagger-ui.html");
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/swagger-ui/index.html"));

        var page = get("/swagger-ui/index.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<script src=\"./swagger-ui-bundle.js\"").doesNotContain("https://")
                .doesNotContain("http://");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'").contains("img-src 'self' data:").doesNotContain("script-src")
                .doesNotContain("http"));
        assertThat(getBytes("/swagger-ui/swagger-ui-bundle.js").statusCode()).isEqualTo(200);
    }

    @Test
    void theUiReadsThisServersDescriptionAndValidatesNothingElsewhere() {
        JsonNode config = okJson("/v3/api-docs/swagger-config");

        assertThat(config.get("url").asString()).isEqualTo("/v3/api-docs");
        assertThat(config.get("validatorUrl").asString()).isEqualTo("none");
    }

    @Test
    void thePagesKeepTheStrictPolicy() {
        assertThat(get("/events").headers().firstValue("Content-Security-Policy"))
                .hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
    }

    @Test
    void healthReportsTheDatabaseAndReadinessDependsOnIt() {
        JsonNode health = okJsonOf("/actuator/health");
        JsonNode readiness = okJsonOf("/actuator/health/readiness");

        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.get("components").get("db").get("status").asString()).isEqualTo("UP");
        assertThat(health.get("components").get("db").has("details")).as("no details for anonymous callers").isFalse();
        assertThat(readiness.get("status").asString()).isEqualTo("UP");
        assertThat(readiness.get("components").propertyNames()).containsExactlyInAnyOrder("db", "readinessState");
    }

    private JsonNode okJsonOf(String path) {
        var response = request("GET", path, "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
