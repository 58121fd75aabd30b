package org.atlas1540.server.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).header("Accept", "text/html").GET().build());
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
        return send(request.build());
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
        return send(request.build());
    }

    /** The hidden fields of the confirmation form on a preview page. */
    static Map<String, String> confirmFields(String page) {
        var fields = new LinkedHashMap<String, String>();
        var m = java.util.regex.Pattern.compile("<input type=\"hidden\" name=\"(\\w+)\" value=\"([^\"]*)\">").matcher(page);
        while (m.find()) {
            fields.put(m.group(1), org.springframework.web.util.HtmlUtils.htmlUnescape(m.group(2)));
        }
        return fields;
    }

    /**
     * A request written by hand on a socket, so that its Host header can name another site, as a
     * page whose name resolves to this computer would (DNS rebinding).
     */
    static String raw(InetAddress address, int port, String request) throws IOException {
        try (var socket = new Socket(address, port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** An address of this computer that is not a loopback address, if it has one. */
    static Optional<InetAddress> otherAddress() throws SocketException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof java.net.Inet4Address && !address.isLoopbackAddress()) {
                    return Optional.of(address);
                }
            }
        }
        return Optional.empty();
    }

    private static HttpResponse<String> send(HttpRequest request) {
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
