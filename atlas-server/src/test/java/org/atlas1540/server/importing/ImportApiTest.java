package org.atlas1540.server.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.atlas1540.server.testing.SharedFiles;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api/v1/imports} through real HTTP: 201 with the event's link, problem details for bad uploads. */
class ImportApiTest extends ImportWebTestSupport {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BELGRADE = "belgrade-2013-05.txt";
    private static final Map<String, String> NO_BROWSER = Map.of();

    @Test
    void aNoteIsStoredAnd201GivesItsEventsLink() {
        var response = upload("/api/v1/imports", BELGRADE, SharedFiles.sampleBytes(BELGRADE), NO_BROWSER);

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).hasValue("/events/2013-05-09-belgrade-regional-workshop");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("status").asString()).isEqualTo("imported");
        assertThat(body.get("event").asString()).isEqualTo("/events/2013-05-09-belgrade-regional-workshop");
        assertThat(events()).isEqualTo(1);
        assertThat(get("/events/2013-05-09-belgrade-regional-workshop").statusCode()).isEqualTo(200);
    }

    @Test
    void theSameFileAgainIs200UnchangedWithTheSameLinkAndStoresNothingMore() {
        upload("/api/v1/imports", BELGRADE, SharedFiles.sampleBytes(BELGRADE), NO_BROWSER);

        var again = upload("/api/v1/imports", BELGRADE, SharedFiles.sampleBytes(BELGRADE), NO_BROWSER);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(again.body()).get("status").asString()).isEqualTo("unchanged");
        assertThat(again.headers().firstValue("Location")).hasValue("/events/2013-05-09-belgrade-regional-workshop");
        assertThat(events()).isEqualTo(1);
    }

    @Test
    void anEmptyFileIs400ProblemDetails() {
        expectProblem(upload("/api/v1/imports", "empty.txt", new byte[0], NO_BROWSER), 400, "The file is empty");
    }

    @Test
    void noFilePartIs400ProblemDetails() {
        expectProblem(upload("/api/v1/imports", null, null, NO_BROWSER), 400, "No file was sent");
    }

    @Test
    void aBodyThatIsNotAnUploadIs400ProblemDetails() throws Exception {
        var response = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/imports"))
                .header("Authorization", "Bearer " + token()).header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"file\": \"note.txt\"}")).build(),
                HttpResponse.BodyHandlers.ofString());

        expectProblem(response, 400, "");
    }

    @Test
    void aBinaryFileIs422WithTheReadersReason() {
        expectProblem(upload("/api/v1/imports", "picture.png", PNG, NO_BROWSER), 422, "The file is");
    }

    @Test
    void aTextThatIsNotANoteIs422WithTheReadersReason() {
        expectProblem(upload("/api/v1/imports", "list.txt", NOT_A_NOTE.getBytes(StandardCharsets.UTF_8), NO_BROWSER),
                422, "does not look like an information note");
    }

    @Test
    void aFileOverTheLimitIs413() {
        byte[] big = ("Information Note\n\nEvent\tWorkshop\n" + "x".repeat(70 * 1024)).getBytes(StandardCharsets.UTF_8);

        expectProblem(upload("/api/v1/imports", "big.txt", big, NO_BROWSER), 413, "64 KB");
    }

    @Test
    void aPostInABrowserSessionWithoutTheCsrfTokenIs403AndStoresNothing() {
        String boundary = "b";
        var response = editor().sendAsIs(HttpRequest.newBuilder(URI.create(base() + "/api/v1/imports"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("--b\r\nContent-Disposition: form-data; name=\"file\"; "
                        + "filename=\"n.txt\"\r\n\r\nInformation Note\r\n--b--\r\n")).build());

        expectProblem(response, 403, "CSRF");
    }

    @Test
    void withoutATokenIs401ProblemDetailsAndStoresNothing() {
        var response = upload("/api/v1/imports", BELGRADE, SharedFiles.sampleBytes(BELGRADE),
                Map.of("Authorization", "Bearer atlas_not-a-token"));
        var none = send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/imports"))
                .header("Content-Type", "multipart/form-data; boundary=b").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("--b--\r\n")).build());

        expectProblem(response, 401, "API token is not valid");
        expectProblem(none, 401, "Authorization: Bearer");
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    }

    private void expectProblem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).contains(detail).doesNotContain("Exception");
        assertThat(events()).isZero();
    }
}
