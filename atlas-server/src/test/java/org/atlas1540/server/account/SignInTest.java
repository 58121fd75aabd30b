package org.atlas1540.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.atlas1540.server.testing.SignedInHttp;
import org.atlas1540.server.testing.WebTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Signing in and out through real HTTP, as a browser does. */
class SignInTest extends WebTestSupport {

    @Autowired
    Accounts accounts;

    @BeforeEach
    void testAccounts() {
        SignedInHttp.accounts(accounts);
    }

    @Test
    void theSignInFormHasLabelledFieldsAndACsrfToken() {
        var page = SignedInHttp.anonymous(port).get("/login");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<label for=\"username\">User name</label>")
                .contains("<label for=\"password\">Password</label>").contains("type=\"password\"")
                .contains("autocomplete=\"current-password\"").containsPattern("name=\"_csrf\" value=\"[^\"]+\"");
    }

    @Test
    void signingInGivesANewSessionIdAndTheHeaderNamesTheAccount() {
        var browser = SignedInHttp.anonymous(port);
        String before = sessionCookie(browser.get("/login"));

        var signedIn = browser.postForm("/login", Map.of("username", SignedInHttp.EDITOR,
                "password", SignedInHttp.PASSWORD));

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("failed"));
        String after = sessionCookie(signedIn);
        assertThat(after).isNotNull().isNotEqualTo(before);
        assertThat(browser.get("/").body()).contains(SignedInHttp.EDITOR).contains("Sign out")
                .contains("href=\"/import\"");
    }

    @Test
    void aWrongPasswordSaysSignInFailedAndSignsNoOneIn() {
        var browser = SignedInHttp.anonymous(port);

        var failed = browser.postForm("/login", Map.of("username", SignedInHttp.EDITOR, "password", "wrong password!!"));

        assertThat(failed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?failed"));
        assertThat(browser.get("/login?failed").body()).contains("Sign-in failed").contains("locked for 15 minutes");
        assertThat(browser.get("/import").statusCode()).isEqualTo(302);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountSoThatEvenTheRightOneFails() {
        String name = "locked-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.add(name, Role.EDITOR, SignedInHttp.PASSWORD.toCharArray());
        var browser = SignedInHttp.anonymous(port);
        for (int i = 0; i < LockoutPolicy.MAX_FAILURES; i++) {
            browser.postForm("/login", Map.of("username", name, "password", "not the password " + i));
        }

        var right = browser.postForm("/login", Map.of("username", name, "password", SignedInHttp.PASSWORD));

        assertThat(right.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?failed"));
        assertThat(accounts.find(name).orElseThrow().lockedUntil()).isNotNull();
    }

    @Test
    void aSignInWithoutTheFormsCsrfTokenIsRefused() {
        var browser = SignedInHttp.anonymous(port);

        var forged = browser.postFormAsIs("/login", Map.of("username", SignedInHttp.EDITOR,
                "password", SignedInHttp.PASSWORD));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(browser.get("/").body()).doesNotContain("Sign out");
    }

    @Test
    void signingOutNeedsTheFormAndEndsTheSession() {
        var browser = SignedInHttp.as(port, SignedInHttp.EDITOR);

        assertThat(browser.postFormAsIs("/logout", Map.of()).statusCode()).isEqualTo(403);
        assertThat(browser.get("/import").statusCode()).isEqualTo(200);
        var out = browser.postForm("/logout", Map.of());

        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(out.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/?signed-out"));
        assertThat(browser.get("/import").statusCode()).isEqualTo(302);
    }

    @Test
    void pagesCarryTheSecurityHeadersOnceAndSignedInPagesAreNotCached() {
        var page = SignedInHttp.as(port, SignedInHttp.EDITOR).get("/import");

        assertThat(page.headers().allValues("Content-Security-Policy")).hasSize(1);
        assertThat(page.headers().allValues("X-Frame-Options")).containsExactly("DENY");
        assertThat(page.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';'))).findFirst().orElse(null);
    }
}
