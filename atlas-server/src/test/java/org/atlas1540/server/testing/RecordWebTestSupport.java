package org.atlas1540.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.atlas1540.server.audit.AuditEntry;
import org.atlas1540.server.audit.AuditLog;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Web tests of the records (plans, visits, recommendations) through real HTTP, on the shared
 * server of {@link WebTestSupport}: each test starts with no records. (No note is imported beside
 * the shared ones: other tests count the events.)
 */
public abstract class RecordWebTestSupport extends ApiTestSupport {
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected AuditLog auditLog;

    private SignedInHttp editor;

    @BeforeEach
    void noRecords() {
        for (String table : List.of("recommendation_follow_ups", "recommendations", "country_visits", "action_plans")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }

    /** A form sent by the signed-in test editor, with the session's CSRF token: {@code pairs} are name, value, ... */
    protected HttpResponse<String> staffPost(String path, String... pairs) {
        return postForm(editor(), path, pairs);
    }

    /** A JSON request of the test editor's program, with its API token. */
    protected HttpResponse<String> staffJson(String method, String path, String json) {
        return sendJson(method, path, json, editorToken());
    }

    /** A form sent by someone who is not signed in (with a CSRF token of their own session). */
    protected HttpResponse<String> anonymousPost(String path, String... pairs) {
        return postForm(SignedInHttp.anonymous(port), path, pairs);
    }

    /** A JSON request without a token. */
    protected HttpResponse<String> anonymousJson(String method, String path, String json) {
        return sendJson(method, path, json, null);
    }

    /** A page as the signed-in test editor sees it. */
    protected HttpResponse<String> staffGet(String path) {
        return editor().get(path);
    }

    /** The test editor, signed in once per test. */
    protected SignedInHttp editor() {
        if (editor == null) {
            SignedInHttp.accounts(accounts);
            editor = SignedInHttp.as(port, SignedInHttp.EDITOR);
        }
        return editor;
    }

    /** The audit log's entries for one record, oldest first. */
    protected List<AuditEntry> audit(String recordType, Object id) {
        return auditLog.of(recordType, id.toString());
    }

    private HttpResponse<String> sendJson(String method, String path, String json, String token) {
        var request = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** A form as a browser sends it (a name may repeat, as checkboxes do), with the client's CSRF token. */
    private static HttpResponse<String> postForm(SignedInHttp client, String path, String... pairs) {
        var body = new StringBuilder();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return client.send(HttpRequest.newBuilder(client.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** The id at the end of a redirect's {@code Location} ({@code /action-plans/12?saved}). */
    protected static long redirectedId(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("status: " + response.body()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.replaceAll(".*/(\\d+)(\\?.*)?$", "$1"));
    }

    /** A CSV download: 200, text/csv, an attachment with a byte order mark; its rows by header. */
    protected List<CSVRecord> csv(String path) {
        HttpResponse<byte[]> response = getBytes(path);
        assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).startsWith("attachment; filename=").endsWith(".csv\""));
        String text = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try (var parser = CSVParser.parse(text.substring(1),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
