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
    /** A change sent without the JSON body the endpoint takes. */
    static final Answer UNSUPPORTED = Answer.status(415);
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
            // Records kept by staff: plans, visits, recommendations. Read by everyone (an unknown id is 404);
            // their forms need an editor; changes are sent empty (400) or to an unknown id (404); the API's
            // changes without a JSON body are 415.
            publicPage("GET /action-plans", "/action-plans"),
            page("GET /action-plans/{id}", "/action-plans/999999", NOT_FOUND, NOT_FOUND, NOT_FOUND),
            page("GET /action-plans/new", "/action-plans/new", SIGN_IN, OK, OK),
            page("GET /action-plans/{id}/edit", "/action-plans/999999/edit", SIGN_IN, NOT_FOUND, NOT_FOUND),
            page("POST /action-plans", "/action-plans", SIGN_IN, BAD_REQUEST, BAD_REQUEST),
            page("POST /action-plans/{id}", "/action-plans/999999", SIGN_IN, NOT_FOUND, NOT_FOUND),
            publicPage("GET /country-visits", "/country-visits"),
            page("GET /country-visits/{id}", "/country-visits/999999", NOT_FOUND, NOT_FOUND, NOT_FOUND),
            page("GET /country-visits/new", "/country-visits/new", SIGN_IN, OK, OK),
            page("GET /country-visits/{id}/edit", "/country-visits/999999/edit", SIGN_IN, NOT_FOUND, NOT_FOUND),
            page("POST /country-visits", "/country-visits", SIGN_IN, BAD_REQUEST, BAD_REQUEST),
            page("POST /country-visits/{id}", "/country-visits/999999", SIGN_IN, NOT_FOUND, NOT_FOUND),
            page("POST /country-visits/{id}/status", "/country-visits/999999/status", SIGN_IN, NOT_FOUND, NOT_FOUND),
            publicPage("GET /recommendations", "/recommendations"),
            page("GET /recommendations/{id}", "/recommendations/999999", NOT_FOUND, NOT_FOUND, NOT_FOUND),
            page("GET /recommendations/{id}/edit", "/recommendations/999999/edit", SIGN_IN, NOT_FOUND, NOT_FOUND),
            page("POST /recommendations/{id}", "/recommendations/999999", SIGN_IN, NOT_FOUND, NOT_FOUND),
            page("POST /recommendations/{id}/status", "/recommendations/999999/status", SIGN_IN, NOT_FOUND,
                    NOT_FOUND),
            page("POST /recommendations/{id}/follow-ups", "/recommendations/999999/follow-ups", SIGN_IN, NOT_FOUND,
                    NOT_FOUND),
            page("GET /events/{slug}/recommendations/new", "/events/" + SLUG + "/recommendations/new", SIGN_IN, OK,
                    OK),
            page("POST /events/{slug}/recommendations", "/events/" + SLUG + "/recommendations", SIGN_IN,
                    BAD_REQUEST, BAD_REQUEST),
            page("GET /events/{slug}/recommendations/from-note", "/events/" + SLUG + "/recommendations/from-note",
                    SIGN_IN, OK, OK),
            page("POST /events/{slug}/recommendations/from-note", "/events/" + SLUG + "/recommendations/from-note",
                    SIGN_IN, BAD_REQUEST, BAD_REQUEST),
            publicApi("GET /exports/action-plans.csv", "/exports/action-plans.csv"),
            publicApi("GET /exports/country-visits.csv", "/exports/country-visits.csv"),
            publicApi("GET /exports/recommendations.csv", "/exports/recommendations.csv"),
            publicApi("GET /api/v1/action-plans", "/api/v1/action-plans"),
            api("GET /api/v1/action-plans/{id}", "/api/v1/action-plans/999999", NOT_FOUND, NOT_FOUND, NOT_FOUND),
            api("POST /api/v1/action-plans", "/api/v1/action-plans", UNAUTHORIZED, UNSUPPORTED, UNSUPPORTED),
            api("PUT /api/v1/action-plans/{id}", "/api/v1/action-plans/999999", UNAUTHORIZED, UNSUPPORTED,
                    UNSUPPORTED),
            publicApi("GET /api/v1/country-visits", "/api/v1/country-visits"),
            api("GET /api/v1/country-visits/{id}", "/api/v1/country-visits/999999", NOT_FOUND, NOT_FOUND, NOT_FOUND),
            api("POST /api/v1/country-visits", "/api/v1/country-visits", UNAUTHORIZED, UNSUPPORTED, UNSUPPORTED),
            api("PUT /api/v1/country-visits/{id}", "/api/v1/country-visits/999999", UNAUTHORIZED, UNSUPPORTED,
                    UNSUPPORTED),
            api("POST /api/v1/country-visits/{id}/status", "/api/v1/country-visits/999999/status", UNAUTHORIZED,
                    UNSUPPORTED, UNSUPPORTED),
            publicApi("GET /api/v1/recommendations", "/api/v1/recommendations"),
            api("GET /api/v1/recommendations/{id}", "/api/v1/recommendations/999999", NOT_FOUND, NOT_FOUND,
                    NOT_FOUND),
            api("POST /api/v1/recommendations", "/api/v1/recommendations", UNAUTHORIZED, UNSUPPORTED, UNSUPPORTED),
            api("PUT /api/v1/recommendations/{id}", "/api/v1/recommendations/999999", UNAUTHORIZED, UNSUPPORTED,
                    UNSUPPORTED),
            api("POST /api/v1/recommendations/{id}/status", "/api/v1/recommendations/999999/status", UNAUTHORIZED,
                    UNSUPPORTED, UNSUPPORTED),
            api("POST /api/v1/recommendations/{id}/follow-ups", "/api/v1/recommendations/999999/follow-ups",
                    UNAUTHORIZED, UNSUPPORTED, UNSUPPORTED),
            // Importing: editors (a post without a file is refused, so nothing is stored)
            page("GET /import", "/import", SIGN_IN, OK, OK),
            page("POST /import", "/import", SIGN_IN, BAD_REQUEST, BAD_REQUEST),
            // Without the token of a preview the confirmation is refused as forged.
            page("POST /import/confirm", "/import/confirm", SIGN_IN, FORBIDDEN, FORBIDDEN),
            api("POST /api/v1/imports", "/api/v1/imports", UNAUTHORIZED, BAD_REQUEST, BAD_REQUEST),
            // Assistance: requests, offers, matches, the report. Unknown ids (999999) are 404 to everyone
            // (a restricted request too, for the public); changes without a body are refused.
            publicPage("GET /assistance", "/assistance"),
            publicPage("GET /assistance/requests", "/assistance/requests"),
            page("GET /assistance/requests/new", "/assistance/requests/new", SIGN_IN, OK, OK),
            page("POST /assistance/requests", "/assistance/requests", SIGN_IN, BAD_REQUEST, BAD_REQUEST),
            page("GET /assistance/requests/{id}", "/assistance/requests/999999", NOT_FOUND, NOT_FOUND, NOT_FOUND),
            page("POST /assistance/requests/{id}", "/assistance/requests/999999", SIGN_IN, NOT_FOUND, NOT_FOUND),
            page("GET /assistance/requests/{id}/edit", "/assistance/requests/999999/edit", SIGN_IN, NOT_FOUND,
                    NOT_FOUND),
            page("POST /assistance/requests/{id}/status", "/assistance/requests/999999/status", SIGN_IN, NOT_FOUND,
                    NOT_FOUND),
            page("GET /assistance/requests/{id}/matches", "/assistance/requests/999999/matches", NOT_FOUND, NOT_FOUND,
                    NOT_FOUND),
            page("POST /assistance/requests/{id}/matches", "/assistance/requests/999999/matches", SIGN_IN,
                    NOT_FOUND, NOT_FOUND),
            page("GET /assistance/matches/{id}", "/assistance/matches/999999", NOT_FOUND, NOT_FOUND, NOT_FOUND),
            page("POST /assistance/matches/{id}/feedback", "/assistance/matches/999999/feedback", SIGN_IN, NOT_FOUND,
                    NOT_FOUND),
            publicPage("GET /assistance/offers", "/assistance/offers"),
            page("GET /assistance/offers/new", "/assistance/offers/new", SIGN_IN, OK, OK),
            page("POST /assistance/offers", "/assistance/offers", SIGN_IN, BAD_REQUEST, BAD_REQUEST),
            page("GET /assistance/offers/{id}", "/assistance/offers/999999", NOT_FOUND, NOT_FOUND, NOT_FOUND),
            page("POST /assistance/offers/{id}", "/assistance/offers/999999", SIGN_IN, NOT_FOUND, NOT_FOUND),
            page("GET /assistance/offers/{id}/edit", "/assistance/offers/999999/edit", SIGN_IN, NOT_FOUND, NOT_FOUND),
            publicPage("GET /assistance/report", "/assistance/report"),
            publicPage("GET /assistance/report/{year}", "/assistance/report/2013"),
            publicApi("GET /exports/assistance-requests.csv", "/exports/assistance-requests.csv"),
            publicApi("GET /exports/assistance-offers.csv", "/exports/assistance-offers.csv"),
            publicApi("GET /exports/assistance-report.csv", "/exports/assistance-report.csv"),
            publicApi("GET /api/v1/assistance-requests", "/api/v1/assistance-requests"),
            api("GET /api/v1/assistance-requests/{id}", "/api/v1/assistance-requests/999999", NOT_FOUND, NOT_FOUND,
                    NOT_FOUND),
            api("GET /api/v1/assistance-requests/{id}/matches", "/api/v1/assistance-requests/999999/matches",
                    NOT_FOUND, NOT_FOUND, NOT_FOUND),
            api("GET /api/v1/assistance-requests/{id}/suggestions", "/api/v1/assistance-requests/999999/suggestions",
                    NOT_FOUND, NOT_FOUND, NOT_FOUND),
            api("POST /api/v1/assistance-requests", "/api/v1/assistance-requests", UNAUTHORIZED, UNSUPPORTED,
                    UNSUPPORTED),
            api("PUT /api/v1/assistance-requests/{id}", "/api/v1/assistance-requests/999999", UNAUTHORIZED,
                    UNSUPPORTED, UNSUPPORTED),
            api("POST /api/v1/assistance-requests/{id}/transitions", "/api/v1/assistance-requests/999999/transitions",
                    UNAUTHORIZED, UNSUPPORTED, UNSUPPORTED),
            api("POST /api/v1/assistance-requests/{id}/matches", "/api/v1/assistance-requests/999999/matches",
                    UNAUTHORIZED, UNSUPPORTED, UNSUPPORTED),
            api("GET /api/v1/assistance-matches/{id}", "/api/v1/assistance-matches/999999", NOT_FOUND, NOT_FOUND,
                    NOT_FOUND),
            api("GET /api/v1/assistance-matches/{id}/feedback", "/api/v1/assistance-matches/999999/feedback",
                    NOT_FOUND, NOT_FOUND, NOT_FOUND),
            api("POST /api/v1/assistance-matches/{id}/feedback", "/api/v1/assistance-matches/999999/feedback",
                    UNAUTHORIZED, UNSUPPORTED, UNSUPPORTED),
            publicApi("GET /api/v1/assistance-offers", "/api/v1/assistance-offers"),
            api("GET /api/v1/assistance-offers/{id}", "/api/v1/assistance-offers/999999", NOT_FOUND, NOT_FOUND,
                    NOT_FOUND),
            api("POST /api/v1/assistance-offers", "/api/v1/assistance-offers", UNAUTHORIZED, UNSUPPORTED, UNSUPPORTED),
            api("PUT /api/v1/assistance-offers/{id}", "/api/v1/assistance-offers/999999", UNAUTHORIZED, UNSUPPORTED,
                    UNSUPPORTED),
            publicApi("GET /api/v1/assistance-report", "/api/v1/assistance-report"),
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
