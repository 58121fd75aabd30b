package org.atlas1540.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.atlas1540.server.audit.AuditLog;
import org.atlas1540.server.testing.SignedInHttp;
import org.atlas1540.server.testing.WebTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;

/** The administrator's account pages through real HTTP, as a browser uses them. */
class AccountAdminPageTest extends WebTestSupport {
    private static final String NEW_PASSWORD = "another long passphrase";
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
    private static final Pattern TOKEN = Pattern.compile("<code class=\"new-token\">(atlas_[A-Za-z0-9_-]+)</code>");

    @Autowired
    Accounts accounts;

    @Autowired
    AuditLog audit;

    @BeforeEach
    void testAccounts() {
        SignedInHttp.accounts(accounts);
    }

    @Test
    void anAdministratorSeesTheAccountsWithTheirStateAndTheAdminLink() {
        var page = admin().get("/admin/users");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(">test-editor</a>").contains("Failed sign-ins").contains("Last token use")
                .contains("href=\"/admin/users\"").contains(">Admin</a>")
                .containsPattern("<form class=\"admin-form\" method=\"post\" action=\"/admin/users\"[^>]*>\\s*"
                        + "<input type=\"hidden\" name=\"_csrf\"");
    }

    @Test
    void anEditorGetsTheNotAllowedPageAndNoAdminLink() {
        var editor = SignedInHttp.as(port, SignedInHttp.EDITOR);

        var refused = editor.get("/admin/users");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Not allowed").doesNotContain("test-admin</a>");
        assertThat(editor.get("/").body()).contains("href=\"/import\"").doesNotContain(">Admin</a>");
    }

    @Test
    void theAnonymousPublicIsSentToSignInAndSeesNeitherImportNorAdminLinks() {
        var visitor = SignedInHttp.anonymous(port);

        var page = visitor.get("/admin/users");

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        for (String path : new String[] {"/", "/events", "/states", "/login"}) {
            assertThat(visitor.get(path).body()).as(path).doesNotContain("href=\"/import\"")
                    .doesNotContain("href=\"/admin/users\"");
        }
    }

    @Test
    void aChangeInABrowserSessionWithoutItsCsrfTokenIsRefused() {
        var browser = admin();
        String name = fresh();

        var forged = browser.postFormAsIs("/admin/users", Map.of("username", name, "role", "editor",
                "password", NEW_PASSWORD, "confirm", NEW_PASSWORD));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(accounts.find(name)).isEmpty();
    }

    @Test
    void theApiRefusesASessionChangeWithoutTheCsrfTokenAsProblemDetails() {
        var browser = SignedInHttp.as(port, SignedInHttp.EDITOR);

        var refused = browser.sendAsIs(HttpRequest.newBuilder(browser.uri("/api/v1/imports"))
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.noBody()).build());

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("\"status\":403").contains("CSRF");
    }

    @Test
    void anAccountAddedThroughTheFormCanSignInAndItsMakingIsLogged() {
        String name = fresh();

        var added = admin().postForm("/admin/users", Map.of("username", name, "role", "editor",
                "password", NEW_PASSWORD, "confirm", NEW_PASSWORD));

        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(added.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/admin/users/" + name + "?done=created"));
        assertThat(accounts.find(name)).hasValueSatisfying(a -> assertThat(a.role()).isEqualTo(Role.EDITOR));
        assertThat(audit.of(Accounts.RECORD_TYPE, name)).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo(SignedInHttp.ADMIN);
            assertThat(entry.afterJson()).doesNotContain(NEW_PASSWORD).doesNotContain("bcrypt");
        });
        assertThat(signIn(name, NEW_PASSWORD)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty name           | ''               | editor | a long enough password | a long enough password | username | A user name is 2 to 64 characters
            script in the name   | <script>x</script> | editor | a long enough password | a long enough password | username | A user name is 2 to 64 characters
            duplicate name       | test-editor      | editor | a long enough password | a long enough password | username | There is already an account called 'test-editor'
            short password       | NEW              | editor | short                  | short                  | password | at least 12 characters
            mismatched passwords | NEW              | editor | a long enough password | a long enough passwerd | confirm  | The two passwords are not the same
            unknown role         | NEW              | owner  | a long enough password | a long enough password | role     | Choose editor or administrator
            """)
    void badInputOfTheNewAccountFormIsShownBesideItsFieldAndNothingIsStored(String problem, String name, String role,
            String password, String confirm, String field, String message) {
        String username = "NEW".equals(name) ? fresh() : name;
        int before = accounts.all().size();

        var page = admin().postForm("/admin/users", Map.of("username", username, "role", role, "password", password,
                "confirm", confirm));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).containsPattern("id=\"" + field + "-problem\" class=\"field-problem\">[^<]*"
                + Pattern.quote(org.springframework.web.util.HtmlUtils.htmlEscape(message)))
                .contains("aria-describedby=\"" + field + "-problem\"").contains("Nothing was stored")
                .doesNotContain("<script>x</script>").doesNotContain(password.length() > 5 ? password : "\u0000");
        assertThat(accounts.all()).hasSize(before);
    }

    @Test
    void anAdministratorCannotRemoveTheirOwnAdministratorRoleNorDisableThemselves() {
        var browser = admin();
        int version = version(browser.get("/admin/users/" + SignedInHttp.ADMIN).body());

        var demote = browser.postForm("/admin/users/" + SignedInHttp.ADMIN + "/role",
                Map.of("role", "editor", "version", Integer.toString(version)));
        var disable = browser.postForm("/admin/users/" + SignedInHttp.ADMIN + "/enabled",
                Map.of("enabled", "false", "version", Integer.toString(version)));

        assertThat(demote.statusCode()).isEqualTo(400);
        assertThat(demote.body()).contains("id=\"role-problem\"").contains("cannot remove your own administrator role");
        assertThat(disable.statusCode()).isEqualTo(400);
        assertThat(disable.body()).contains("id=\"enabled-problem\"").contains("cannot disable your own account");
        assertThat(accounts.find(SignedInHttp.ADMIN)).hasValueSatisfying(a -> {
            assertThat(a.role()).isEqualTo(Role.ADMIN);
            assertThat(a.enabled()).isTrue();
        });
    }

    @Test
    void aSaveFromAStalePageIsRefusedWithAClearMessageAndNothingIsOverwritten() {
        String name = newAccount();
        var first = admin();
        var second = admin();
        String stalePage = second.get("/admin/users/" + name).body();
        int version = version(first.get("/admin/users/" + name).body());

        var saved = first.postForm("/admin/users/" + name + "/role", Map.of("role", "admin",
                "version", Integer.toString(version)));
        var stale = second.postForm("/admin/users/" + name + "/enabled", Map.of("enabled", "false",
                "version", Integer.toString(version(stalePage))));

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Someone else changed the account").contains("nothing was saved");
        assertThat(accounts.find(name)).hasValueSatisfying(a -> {
            assertThat(a.role()).isEqualTo(Role.ADMIN);
            assertThat(a.enabled()).isTrue();
        });
    }

    @Test
    void aDisabledAccountLosesItsSessionItsTokenAndCannotSignIn() {
        String name = newAccount();
        var session = SignedInHttp.as(port, name);
        String token = accounts.issueToken(name, "before it was disabled");
        assertThat(session.get("/import").statusCode()).isEqualTo(200);
        assertThat(withToken("/api/v1/imports", token).statusCode()).isEqualTo(400);

        var disabled = change(name, "enabled", Map.of("enabled", "false"));

        assertThat(disabled.statusCode()).isEqualTo(303);
        assertThat(session.get("/import").statusCode()).isEqualTo(302);
        assertThat(session.get("/").body()).doesNotContain("Sign out");
        assertThat(withToken("/api/v1/imports", token).statusCode()).isEqualTo(401);
        assertThat(signIn(name, SignedInHttp.PASSWORD)).isFalse();

        assertThat(change(name, "enabled", Map.of("enabled", "true")).statusCode()).isEqualTo(303);
        assertThat(signIn(name, SignedInHttp.PASSWORD)).isTrue();
    }

    @Test
    void aTokenIsShownOnceOnThePageWorksAndOnceRevokedGets401() {
        String name = newAccount();
        var browser = admin();

        var issued = browser.postForm("/admin/users/" + name + "/tokens", Map.of("label", "nightly import"));

        assertThat(issued.statusCode()).isEqualTo(200);
        Matcher m = TOKEN.matcher(issued.body());
        assertThat(m.find()).as("the page shows the new token").isTrue();
        String token = m.group(1);
        assertThat(withToken("/api/v1/imports", token).statusCode()).isEqualTo(400);
        String page = browser.get("/admin/users/" + name).body();
        assertThat(page).contains("nightly import").doesNotContain(token);
        long id = accounts.tokens(name).get(0).id();

        var revoked = browser.postForm("/admin/users/" + name + "/tokens/" + id + "/revoke", Map.of());

        assertThat(revoked.statusCode()).isEqualTo(303);
        assertThat(withToken("/api/v1/imports", token).statusCode()).isEqualTo(401);
        assertThat(accounts.tokens(name)).singleElement().satisfies(t -> assertThat(t.revoked()).isTrue());
        assertThat(browser.postForm("/admin/users/" + name + "/tokens/" + id + "/revoke", Map.of()).body())
                .contains("was revoked already");
        assertThat(audit.of(Accounts.RECORD_TYPE, name)).extracting(e -> e.action())
                .contains("token issued", "token revoked");
        assertThat(audit.of(Accounts.RECORD_TYPE, name)).allSatisfy(e -> {
            assertThat(String.valueOf(e.beforeJson())).doesNotContain(token);
            assertThat(String.valueOf(e.afterJson())).doesNotContain(token);
        });
    }

    @Test
    void aTokenWithoutALabelIsRefusedBesideTheField() {
        String name = newAccount();

        var page = admin().postForm("/admin/users/" + name + "/tokens", Map.of("label", "  "));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("id=\"token-problem\"").contains("needs a label");
        assertThat(accounts.tokens(name)).isEmpty();
    }

    @Test
    void aNewPasswordMustBeTypedTwiceAndThenReplacesTheOldOne() {
        String name = newAccount();

        var mismatch = change(name, "password", Map.of("password", NEW_PASSWORD, "confirm", NEW_PASSWORD + "!"));
        var shortOne = change(name, "password", Map.of("password", "short", "confirm", "short"));

        assertThat(mismatch.statusCode()).isEqualTo(400);
        assertThat(mismatch.body()).contains("id=\"confirm-problem\"").contains("not the same");
        assertThat(shortOne.statusCode()).isEqualTo(400);
        assertThat(shortOne.body()).contains("id=\"password-problem\"").contains("at least 12 characters");
        assertThat(signIn(name, SignedInHttp.PASSWORD)).isTrue();

        assertThat(change(name, "password", Map.of("password", NEW_PASSWORD, "confirm", NEW_PASSWORD)).statusCode())
                .isEqualTo(303);
        assertThat(signIn(name, NEW_PASSWORD)).isTrue();
        assertThat(signIn(name, SignedInHttp.PASSWORD)).isFalse();
        assertThat(audit.of(Accounts.RECORD_TYPE, name)).extracting(e -> e.action()).contains("password set");
        assertThat(audit.of(Accounts.RECORD_TYPE, name)).allSatisfy(e ->
                assertThat(e.beforeJson() + " " + e.afterJson()).doesNotContain(NEW_PASSWORD).doesNotContain("bcrypt"));
    }

    @Test
    void unlockingEndsALockoutAfterFailedSignIns() {
        String name = newAccount();
        for (int i = 0; i < LockoutPolicy.MAX_FAILURES; i++) {
            accounts.signInFailed(name);
        }
        assertThat(signIn(name, SignedInHttp.PASSWORD)).isFalse();
        assertThat(admin().get("/admin/users/" + name).body()).contains("Unlock");

        assertThat(change(name, "unlock", Map.of()).statusCode()).isEqualTo(303);

        assertThat(signIn(name, SignedInHttp.PASSWORD)).isTrue();
    }

    @Test
    void aRoleChangeEndsTheSessionsOfThatAccount() {
        String name = newAccount();
        var session = SignedInHttp.as(port, name);
        assertThat(session.get("/admin/users").statusCode()).isEqualTo(403);

        assertThat(change(name, "role", Map.of("role", "admin")).statusCode()).isEqualTo(303);

        assertThat(session.get("/admin/users").statusCode()).isEqualTo(302);
        assertThat(SignedInHttp.as(port, name).get("/admin/users").statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownAccountIsNotFound() {
        assertThat(admin().get("/admin/users/nobody-here").statusCode()).isEqualTo(404);
        assertThat(change("nobody-here", "unlock", Map.of("version", "0")).statusCode()).isEqualTo(404);
    }

    private SignedInHttp admin() {
        return SignedInHttp.as(port, SignedInHttp.ADMIN);
    }

    /** Posts a change to an account's form with the version its page shows now. */
    private HttpResponse<String> change(String name, String form, Map<String, String> fields) {
        var browser = admin();
        var all = new LinkedHashMap<>(fields);
        if (!all.containsKey("version")) {
            var page = browser.get("/admin/users/" + name);
            if (page.statusCode() == 200) {
                all.put("version", Integer.toString(version(page.body())));
            }
        }
        return browser.postForm("/admin/users/" + name + "/" + form, all);
    }

    private String newAccount() {
        String name = fresh();
        accounts.add(name, Role.EDITOR, SignedInHttp.PASSWORD.toCharArray());
        return name;
    }

    private static String fresh() {
        return "acc-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static int version(String page) {
        Matcher m = VERSION.matcher(page);
        assertThat(m.find()).as("the page's forms carry the account's version").isTrue();
        return Integer.parseInt(m.group(1));
    }

    private boolean signIn(String name, String password) {
        var browser = SignedInHttp.anonymous(port);
        var response = browser.postForm("/login", Map.of("username", name, "password", password));
        return response.statusCode() == 302
                && !response.headers().firstValue("Location").orElse("").contains("failed");
    }

    /** A POST without a file to the import API with a token: 400 when the token works, 401 when not. */
    private HttpResponse<String> withToken(String path, String token) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
