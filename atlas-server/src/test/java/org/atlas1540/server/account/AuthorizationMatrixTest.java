package org.atlas1540.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.atlas1540.server.testing.ApiTestSupport;
import org.atlas1540.server.testing.SignedInHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every handler mapping of the running application, tried as the public, an editor and an
 * administrator, through real HTTP. {@link #ROWS} is the table: one row per method and path pattern
 * of a mapping, with a real address for it and the answer each role gets. A mapping without a row
 * fails {@link #everyMappingOfTheApplicationHasARow()}: a new endpoint cannot be forgotten (add its
 * row here; docs/server.md says how).
 *
 * <p>Pages are tried with a browser session (signed in through the form, CSRF token sent with every
 * change); the API, exports and feeds ({@link Client#API}) with no credentials or with the role's API
 * token. Changes are sent with input that is refused, so that the table changes nothing.
 */
class AuthorizationMatrixTest extends ApiTestSupport {

    /** How a row's request is sent. */
    enum Client {
        /** A browser: cookies, the form's sign-in, the session's CSRF token; asks for HTML. */
        PAGE,
        /** A program: no session; anonymous sends nothing, the editor and the administrator an API token. */
        API
    }

    /** The answer a role gets: a status, and for a redirect where it leads. */
    record Answer(int status, String locationEnd) {
        static Answer status(int status) {
            return new Answer(status, null);
        }

        @Override
        public String toString() {
            return locationEnd == null ? Integer.toString(status) : status + " to " + locationEnd;
        }
    }

    static final Answer OK = Answer.status(200);
    static final Answer BAD_REQUEST = Answer.status(400);
    static final Answer UNAUTHORIZED = Answer.status(401);
    static final Answer FORBIDDEN = Answer.status(403);
    static final Answer NOT_FOUND = Answer.status(404);
    /** A page that needs a sign-in sends the browser to the sign-in form. */
    static final Answer SIGN_IN = new Answer(302, "/login");

    /**
     * One row of the matrix.
     *
     * @param mapping "METHOD /pattern" as the handler mapping has it ("ANY" for a mapping of every method)
     * @param path    a real address for it (path variables filled from the test data)
     */
    record Row(String mapping, String path, Client client, Answer anonymous, Answer editor, Answer admin) {
        String method() {
            String method = mapping.substring(0, mapping.indexOf(' '));
            return "ANY".equals(method) ? "GET" : method;
        }

        @Override
        public String toString() {
            return mapping + " (" + path + ")";
        }
    }

    static Row page(String mapping, String path, Answer anonymous, Answer editor, Answer admin) {
        return new Row(mapping, path, Client.PAGE, anonymous, editor, admin);
    }

    static Row api(String mapping, String path, Answer anonymous, Answer editor, Answer admin) {
        return new Row(mapping, path, Client.API, anonymous, editor, admin);
    }

    /** Everyone gets the same answer (a public page or feed). */
    static Row publicPage(String mapping, String path) {
        return page(mapping, path, OK, OK, OK);
    }

    static Row publicApi(String mapping, String path) {
        return api(mapping, path, OK, OK, OK);
    }

    private static final String SLUG = "2013-05-09-belgrade-regional-workshop";

    /** The table. Keep it in the order of the address; one row for every method and pattern. */
    static final List<Row> ROWS = List.of(
            // Public pages
            publicPage("GET /", "/"),
            publicPage("GET /events", "/events"),
            publicPage("GET /events/{slug}", "/events/" + SLUG),
            publicPage("GET /events/{slug}/source", "/events/" + SLUG + "/source"),
            publicPage("GET /states", "/states"),
            publicPage("GET /states/{code}", "/states/SRB"),
            publicPage("GET /organisations", "/organisations"),
            publicPage("GET /organisations/{id}", "/organisations/OSCE"),
            publicPage("GET /regions", "/regions"),
            publicPage("GET /regions/{id}", "/regions/eastern-european-states"),
            publicPage("GET /search", "/search?q=export"),
            publicPage("GET /login", "/login"),
            // Feeds and exports
            publicApi("GET /exports/events.csv", "/exports/events.csv"),
            publicApi("GET /exports/events.json", "/exports/events.json"),
            publicApi("GET /exports/participation.csv", "/exports/participation.csv"),
            publicApi("GET /exports/events.ics", "/exports/events.ics"),
            publicApi("GET /states/{code}/events.ics", "/states/SRB/events.ics"),
            publicApi("GET /organisations/{id}/events.ics", "/organisations/OSCE/events.ics"),
            // The read API
            publicApi("GET /api/v1/events", "/api/v1/events"),
            publicApi("GET /api/v1/events/{slug}", "/api/v1/events/" + SLUG),
            publicApi("GET /api/v1/facts", "/api/v1/facts"),
            publicApi("GET /api/v1/states", "/api/v1/states"),
            publicApi("GET /api/v1/states/{code}", "/api/v1/states/SRB"),
            publicApi("GET /api/v1/organisations", "/api/v1/organisations"),
            publicApi("GET /api/v1/organisations/{id}", "/api/v1/organisations/OSCE"),
            publicApi("GET /api/v1/search", "/api/v1/search?q=export"),
            // Importing: editors (a post without a file is refused, so nothing is stored)
            page("GET /import", "/import", SIGN_IN, OK, OK),
            page("POST /import", "/import", SIGN_IN, BAD_REQUEST, BAD_REQUEST),
            // Without the token of a preview the confirmation is refused as forged.
            page("POST /import/confirm", "/import/confirm", SIGN_IN, FORBIDDEN, FORBIDDEN),
            api("POST /api/v1/imports", "/api/v1/imports", UNAUTHORIZED, BAD_REQUEST, BAD_REQUEST),
            // The review queue: editors (an unknown fact is 404, so nothing changes)
            page("GET /review", "/review", SIGN_IN, OK, OK),
            page("POST /review/{slug}/{number}/reject", "/review/" + SLUG + "/999/reject", SIGN_IN, NOT_FOUND,
                    NOT_FOUND),
            page("POST /review/{slug}/{number}/confirm", "/review/" + SLUG + "/999/confirm", SIGN_IN, NOT_FOUND,
                    NOT_FOUND),
            // Administrators: accounts (changes without a version, or with empty fields, are refused)
            page("GET /admin/users", "/admin/users", SIGN_IN, FORBIDDEN, OK),
            page("POST /admin/users", "/admin/users", SIGN_IN, FORBIDDEN, BAD_REQUEST),
            page("GET /admin/users/{username}", "/admin/users/test-editor", SIGN_IN, FORBIDDEN, OK),
            page("POST /admin/users/{username}/role", "/admin/users/test-editor/role", SIGN_IN, FORBIDDEN,
                    BAD_REQUEST),
            page("POST /admin/users/{username}/enabled", "/admin/users/test-editor/enabled", SIGN_IN, FORBIDDEN,
                    BAD_REQUEST),
            page("POST /admin/users/{username}/unlock", "/admin/users/test-editor/unlock", SIGN_IN, FORBIDDEN,
                    BAD_REQUEST),
            page("POST /admin/users/{username}/password", "/admin/users/test-editor/password", SIGN_IN, FORBIDDEN,
                    BAD_REQUEST),
            page("POST /admin/users/{username}/tokens", "/admin/users/test-editor/tokens", SIGN_IN, FORBIDDEN,
                    BAD_REQUEST),
            page("POST /admin/users/{username}/tokens/{token}/revoke", "/admin/users/test-editor/tokens/999999/revoke",
                    SIGN_IN, FORBIDDEN, NOT_FOUND),
            // Administrators: the audit log
            page("GET /admin/audit", "/admin/audit", SIGN_IN, FORBIDDEN, OK),
            page("GET /admin/audit.csv", "/admin/audit.csv", SIGN_IN, FORBIDDEN, OK),
            page("GET /admin/audit/{type}/{id}", "/admin/audit/account/test-editor", SIGN_IN, FORBIDDEN, OK),
            // Framework endpoints: API description, health, error page
            publicApi("GET /v3/api-docs", "/v3/api-docs"),
            publicApi("GET /v3/api-docs.yaml", "/v3/api-docs.yaml"),
            publicApi("GET /v3/api-docs/swagger-config", "/v3/api-docs/swagger-config"),
            page("GET /swagger-ui.html", "/swagger-ui.html", Answer.status(302), Answer.status(302),
                    Answer.status(302)),
            publicApi("GET /actuator", "/actuator"),
            publicApi("GET /actuator/health", "/actuator/health"),
            publicApi("GET /actuator/health/**", "/actuator/health/db"),
            // Spring Boot's error page: errors reach it as error dispatches; asked for directly, it has no
            // error to show and answers 500 (its generic page, no details) to everyone.
            page("ANY /error", "/error", Answer.status(500), Answer.status(500), Answer.status(500)));

    private static final Map<String, SignedInHttp> BROWSERS = new ConcurrentHashMap<>();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    @Autowired
    ApplicationContext context;

    static Stream<Row> rows() {
        return ROWS.stream();
    }

    @BeforeEach
    void testAccounts() {
        SignedInHttp.accounts(accounts);
    }

    @Test
    void everyMappingOfTheApplicationHasARow() {
        var inTable = new TreeSet<String>();
        ROWS.forEach(row -> inTable.add(row.mapping()));

        var missing = new TreeSet<>(mappings());
        missing.removeAll(inTable);

        assertThat(missing).as("handler mappings without a row in AuthorizationMatrixTest.ROWS "
                + "(add one for each: see docs/server.md, 'The authorization matrix')").isEmpty();
    }

    @Test
    void everyRowNamesAMappingThatExistsOnce() {
        var seen = new TreeSet<String>();
        var repeated = new ArrayList<String>();
        ROWS.forEach(row -> {
            if (!seen.add(row.mapping())) {
                repeated.add(row.mapping());
            }
        });

        assertThat(repeated).as("rows given twice").isEmpty();
        assertThat(seen).as("rows for mappings that do not exist (any more)").isSubsetOf(mappings());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachRoleGetsTheAnswerInTheTable(Row row) {
        var answers = new ArrayList<String>();
        var expected = new ArrayList<String>();
        for (String role : List.of("anonymous", SignedInHttp.EDITOR, SignedInHttp.ADMIN)) {
            Answer want = switch (role) {
                case "anonymous" -> row.anonymous();
                case SignedInHttp.EDITOR -> row.editor();
                default -> row.admin();
            };
            HttpResponse<String> response = send(row, role);
            expected.add(role + " " + want);
            answers.add(role + " " + answerOf(response, want));
            assertThat(response.body()).as(row + " as " + role).doesNotContain("\tat org.");
        }

        assertThat(answers).as(row.toString()).isEqualTo(expected);
    }

    @Test
    void theTableCoversPagesAndApiAndAdministration() {
        assertThat(ROWS).extracting(Row::client).contains(Client.PAGE, Client.API);
        assertThat(ROWS).filteredOn(row -> row.mapping().contains(" /admin"))
                .allSatisfy(row -> assertThat(row.editor()).isEqualTo(FORBIDDEN));
    }

    /** "METHOD /pattern" for every method and pattern of every request mapping of the application. */
    private List<String> mappings() {
        var keys = new TreeSet<String>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
                .values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                var methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (methods.isEmpty()) {
                        keys.add("ANY " + pattern);
                    }
                    for (RequestMethod method : methods) {
                        keys.add(method.name() + " " + pattern);
                    }
                }
            }
        }
        return List.copyOf(keys);
    }

    private HttpResponse<String> send(Row row, String role) {
        if (row.client() == Client.API) {
            String token = "anonymous".equals(role) ? null : TOKENS.computeIfAbsent(role + "@" + port,
                    key -> accounts.issueToken(role, "authorization matrix"));
            return request(row.method(), row.path(), "application/json, */*", token);
        }
        SignedInHttp browser = BROWSERS.computeIfAbsent(role + "@" + port, key -> "anonymous".equals(role)
                ? SignedInHttp.anonymous(port) : SignedInHttp.as(port, role));
        var request = HttpRequest.newBuilder(browser.uri(row.path())).header("Accept", "text/html")
                .method(row.method(), HttpRequest.BodyPublishers.noBody());
        if (!"GET".equals(row.method())) {
            request.header("Content-Type", "application/x-www-form-urlencoded");
        }
        return browser.send(request);
    }

    /** The answer as the table writes it: the status, and where a redirect to the sign-in form leads. */
    private static Answer answerOf(HttpResponse<String> response, Answer want) {
        if (want.locationEnd() == null) {
            return Answer.status(response.statusCode());
        }
        String location = response.headers().firstValue("Location").orElse("");
        return new Answer(response.statusCode(), location.endsWith(want.locationEnd()) ? want.locationEnd() : location);
    }
}
