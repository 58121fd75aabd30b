package org.atlas1540.server.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.atlas1540.server.account.Accounts;
import org.atlas1540.server.testing.SignedInHttp;
import org.atlas1540.server.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The import page and API through real HTTP: the whole application on a random port, on an H2
 * database in a fresh folder, with a small upload limit (64 KB) so that an oversized upload is
 * cheap to send. Every subclass shares the one application context; each test starts with no events.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"atlas.demo=false", "atlas.import.max-upload-size=64KB", "atlas.import.max-request-size=80KB"})
abstract class ImportWebTestSupport {
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0,
            0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0};
    static final String NOT_A_NOTE = "Shopping list\n\neggs, milk, bread and a jar of honey\n";

    private static Path dataDir;
    private static SignedInHttp editor;
    private static int editorPort;
    private static String token;

    @Autowired
    Accounts accounts;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        dataDir = TestData.newDirectory("import-web");
        registry.add("atlas.data-dir", dataDir::toString);
    }

    @BeforeEach
    void startEmpty() {
        TestData.deleteEvents(jdbc);
    }

    long events() {
        return TestData.count(jdbc, "events");
    }

    /** The files kept between a preview and its confirmation. */
    static long keptUploads() throws IOException {
        Path uploads = dataDir.resolve("uploads");
        if (!Files.isDirectory(uploads)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(uploads)) {
            return files.count();
        }
    }

    String base() {
        return "http://localhost:" + port;
    }

    /** The test editor's browser session: the import page and its forms need an editor's sign-in. */
    SignedInHttp editor() {
        if (editor == null || editorPort != port) {
            SignedInHttp.accounts(accounts);
            editor = SignedInHttp.as(port, SignedInHttp.EDITOR);
            token = accounts.issueToken(SignedInHttp.EDITOR, "import tests");
            editorPort = port;
        }
        return editor;
    }

    /** The test editor's API token, as a program sends it. */
    String token() {
        editor();
        return token;
    }

    HttpResponse<String> get(String path) {
        return editor().get(path);
    }

    /** A multipart upload of one file in the part "file", as a browser sends the form from this server. */
    HttpResponse<String> upload(String path, String fileName, byte[] content) {
        return upload(path, fileName, content, Map.of("Origin", base()));
    }

    HttpResponse<String> upload(String path, String fileName, byte[] content, Map<String, String> headers) {
        String boundary = "----atlas" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        if (fileName != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        } else {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", path.startsWith("/api") ? "application/json" : "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        headers.forEach(request::header);
        return dispatch(path, request);
    }

    /** A form post (application/x-www-form-urlencoded), from this server's own page unless the headers say otherwise. */
    HttpResponse<String> postForm(String path, Map<String, String> fields, Map<String, String> headers) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return dispatch(path, request);
    }

    /** An API request carries the editor's token; a page request goes in the editor's session, with its CSRF token. */
    private HttpResponse<String> dispatch(String path, HttpRequest.Builder request) {
        if (path.startsWith("/api/")) {
            HttpRequest built = request.build();
            if (built.headers().firstValue("Authorization").isEmpty()) {
                built = HttpRequest.newBuilder(built, (name, value) -> true)
                        .header("Authorization", "Bearer " + token()).build();
            }
            return send(built);
        }
        return editor().send(request);
    }

    /** The hidden fields of the confirmation form on a preview page. */
    static Map<String, String> confirmFields(String page) {
        var fields = new LinkedHashMap<String, String>();
        fields.putAll(SignedInHttp.hiddenFields(page));
        fields.remove("_csrf");
        return fields;
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
