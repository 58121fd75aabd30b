package org.atlas1540.server.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.atlas1540.server.importing.ImportResult;
import org.atlas1540.server.importing.NoteImporter;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Web tests through real HTTP: the whole application on a random port, on an H2 database in a
 * fresh folder, demo off, with the two sample notes and a note whose text holds HTML imported.
 * Every subclass shares the one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"atlas.demo=false", "atlas.events.page-size=2"})
public abstract class WebTestSupport {
    public static final String BELGRADE = "belgrade-2013-05.txt";
    public static final String KIEV = "kiev-2013-11.txt";
    public static final String BELGRADE_SLUG = "2013-05-09-belgrade-regional-workshop";
    public static final String HOSTILE_NOTE = "hostile-note.txt";

    /** A note whose title, sections and participants hold HTML that must be shown as text. */
    public static final String HOSTILE_TEXT = """
            Information Note

            Event\tWorkshop on <script>alert('owned')</script> Export Controls
            Organiser\tUnited Nations Office for Disarmament Affairs (UNODA)
            Date and Venue\t3-4 March 2015, Vienna, Austria
            Participants\tStates: Austria, Hungary and Nowhere Institute <b>of</b> Things

            1. Background

            The workshop discussed <img src=x onerror=alert(1)> border controls & export licensing.
            """;

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    protected int port;

    @Autowired
    protected NoteImporter importer;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        var dir = TestData.newDirectory("web");
        registry.add("atlas.data-dir", dir::toString);
    }

    /** Importing is idempotent: after the first test, each of these is "unchanged" and cheap. */
    @BeforeEach
    void importNotes() {
        expectStored(importer.importFile(SharedFiles.sample(BELGRADE)));
        expectStored(importer.importFile(SharedFiles.sample(KIEV)));
        expectStored(importer.importBytes(HOSTILE_NOTE, HOSTILE_TEXT.getBytes(StandardCharsets.UTF_8)));
    }

    private static void expectStored(ImportResult result) {
        if (result.failed()) {
            throw new AssertionError("the test note was not imported: " + result);
        }
    }

    protected HttpResponse<String> get(String path) {
        return send(path, "text/html", HttpResponse.BodyHandlers.ofString());
    }

    protected HttpResponse<byte[]> getBytes(String path) {
        return send(path, "*/*", HttpResponse.BodyHandlers.ofByteArray());
    }

    private <T> HttpResponse<T> send(String path, String accept, HttpResponse.BodyHandler<T> handler) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept).GET().build();
        try {
            return HTTP.send(request, handler);
        } catch (IOException e) {
            throw new AssertionError("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
