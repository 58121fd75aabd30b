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
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Web tests of the records (plans, visits, recommendations) through real HTTP, on the shared
 * server of {@link WebTestSupport}: each test starts with no records, and The Hague note (which has
 * a recommendations section) imported beside the samples.
 */
public abstract class RecordWebTestSupport extends ApiTestSupport {
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    protected JdbcClient jdbc;

    protected String theHague;

    @BeforeEach
    void noRecords() {
        for (String table : List.of("recommendation_follow_ups", "recommendations", "country_visits", "action_plans")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        theHague = RecordNotes.imported(importer, RecordNotes.THE_HAGUE);
    }

    /** A form sent by a signed-in editor: {@code pairs} are name, value, name, value, ... */
    protected HttpResponse<String> staffPost(String path, String... pairs) {
        return send("POST", path, "application/x-www-form-urlencoded", "text/html", form(pairs));
    }

    /** A JSON request of a signed-in editor. */
    protected HttpResponse<String> staffJson(String method, String path, String json) {
        return send(method, path, "application/json", "application/json", json);
    }

    /** A form sent by someone who is not signed in. */
    protected HttpResponse<String> anonymousPost(String path, String... pairs) {
        return send("POST", path, "application/x-www-form-urlencoded", "text/html", form(pairs));
    }

    /** A JSON request of someone who is not signed in. */
    protected HttpResponse<String> anonymousJson(String method, String path, String json) {
        return send(method, path, "application/json", "application/json", json);
    }

    /** A staff-only page, as a signed-in editor sees it. */
    protected HttpResponse<String> staffGet(String path) {
        return get(path);
    }

    private HttpResponse<String> send(String method, String path, String contentType, String accept, String body) {
        var request = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", contentType)
                .header("Accept", accept)
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static String form(String... pairs) {
        var body = new StringBuilder();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
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
