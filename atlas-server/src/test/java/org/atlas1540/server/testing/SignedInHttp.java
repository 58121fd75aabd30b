package org.atlas1540.server.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.atlas1540.server.account.Accounts;
import org.atlas1540.server.account.Role;
import org.springframework.web.util.HtmlUtils;

/**
 * A browser-like HTTP client for tests: it keeps its cookies, signs in through the sign-in form, and
 * sends the CSRF token with every change, as this server's own pages do. {@link #accounts} makes the
 * test accounts.
 */
public final class SignedInHttp {
    public static final String EDITOR = "test-editor";
    public static final String ADMIN = "test-admin";
    public static final String PASSWORD = "correct horse battery staple";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private String csrf;

    private SignedInHttp(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();
    }

    /** Makes the test editor and administrator if they are not there yet. */
    public static void accounts(Accounts accounts) {
        if (accounts.find(EDITOR).isEmpty()) {
            accounts.add(EDITOR, Role.EDITOR, PASSWORD.toCharArray());
        }
        if (accounts.find(ADMIN).isEmpty()) {
            accounts.add(ADMIN, Role.ADMIN, PASSWORD.toCharArray());
        }
    }

    /** A client that has not signed in (it still keeps cookies and a CSRF token, as a visitor's browser). */
    public static SignedInHttp anonymous(int port) {
        var client = new SignedInHttp("http://localhost:" + port);
        client.refreshCsrf();
        return client;
    }

    /** A client signed in through the form; fails the test when the sign-in does not succeed. */
    public static SignedInHttp as(int port, String username) {
        var client = anonymous(port);
        var response = client.postForm("/login", Map.of("username", username, "password", PASSWORD));
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("failed")) {
            throw new AssertionError("could not sign in as " + username + ": " + response.statusCode() + " " + location);
        }
        client.refreshCsrf();
        return client;
    }

    public String base() {
        return base;
    }

    /** The CSRF token of this client's session, as a form of this server carries it. */
    public String csrf() {
        return csrf;
    }

    /** Reads a fresh token from the sign-in page (the token changes at sign-in). */
    public void refreshCsrf() {
        Matcher m = CSRF.matcher(get("/login").body());
        if (!m.find()) {
            throw new AssertionError("the sign-in page has no CSRF token");
        }
        csrf = HtmlUtils.htmlUnescape(m.group(1));
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET());
    }

    public HttpResponse<String> get(String path, String accept) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET());
    }

    /** A form post with this session's CSRF token, as a form of this server sends it. */
    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        var all = new LinkedHashMap<>(fields);
        if (csrf != null) {
            all.putIfAbsent("_csrf", csrf);
        }
        return postFormAsIs(path, all);
    }

    /** A form post with exactly these fields: no CSRF token unless given (a form on another site). */
    public HttpResponse<String> postFormAsIs(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return sendAsIs(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Sends a request built by the caller with this client's cookies, adding the CSRF header to a change. */
    public HttpResponse<String> send(HttpRequest.Builder request) {
        HttpRequest built = request.build();
        if (!"GET".equals(built.method()) && !"HEAD".equals(built.method()) && csrf != null
                && built.headers().firstValue("X-CSRF-TOKEN").isEmpty()) {
            built = HttpRequest.newBuilder(built, (name, value) -> true).header("X-CSRF-TOKEN", csrf).build();
        }
        try {
            return http.send(built, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(built.method() + " " + built.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Sends a request without adding anything (no CSRF header), with this client's cookies. */
    public HttpResponse<String> sendAsIs(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    public URI uri(String path) {
        return URI.create(base + path);
    }

    /** The fields of a form on a page (hidden inputs included), by name. */
    public static Map<String, String> hiddenFields(String page) {
        var fields = new LinkedHashMap<String, String>();
        Matcher m = Pattern.compile("<input type=\"hidden\" name=\"(\\w+)\" value=\"([^\"]*)\"\\s*/?>").matcher(page);
        while (m.find()) {
            fields.put(m.group(1), HtmlUtils.htmlUnescape(m.group(2)));
        }
        return fields;
    }
}
