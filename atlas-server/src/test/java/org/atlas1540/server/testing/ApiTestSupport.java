package org.atlas1540.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.atlas1540.server.account.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP tests of the JSON API and the exports: the same server, database and notes as {@link
 * WebTestSupport} (one application context for both), with requests of any method and Accept
 * header, and JSON read back.
 */
public abstract class ApiTestSupport extends WebTestSupport {
    protected static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static String editorToken;
    private static int editorTokenPort;

    @Autowired
    protected Accounts accounts;

    /** This server's address, as absolute links in responses start. */
    protected String base() {
        return "http://localhost:" + port;
    }

    protected HttpResponse<String> getJson(String path) {
        return request("GET", path, "application/json");
    }

    protected HttpResponse<String> request(String method, String path, String accept) {
        return request(method, path, accept, null);
    }

    /** A request with an API token (null: none), as a program sends it. */
    protected HttpResponse<String> request(String method, String path, String accept, String token) {
        var builder = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Accept", accept)
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        var request = builder.build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** An API token of the test editor (made on first use). */
    protected String editorToken() {
        if (editorToken == null || editorTokenPort != port) {
            SignedInHttp.accounts(accounts);
            editorToken = accounts.issueToken(SignedInHttp.EDITOR, "API tests");
            editorTokenPort = port;
        }
        return editorToken;
    }

    /** The body of a 200 JSON response. */
    protected JsonNode okJson(String path) {
        var response = getJson(path);
        assertThat(response.statusCode()).as("status of GET " + path + ": " + response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/json"));
        return JSON.readTree(response.body());
    }

    /** The body of a problem detail with this status; fails unless the response is one. */
    protected JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as("status: " + response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("title").asString()).isNotBlank();
        assertThat(body.get("detail").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
        return body;
    }

    /** A field of every element of a JSON array, as text. */
    protected static List<String> texts(JsonNode array, String field) {
        var texts = new ArrayList<String>();
        for (JsonNode element : array.values()) {
            texts.add(element.path(field).isNull() ? null : element.path(field).asString());
        }
        return texts;
    }
}
