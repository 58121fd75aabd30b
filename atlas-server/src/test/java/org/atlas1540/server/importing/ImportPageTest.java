package org.atlas1540.server.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.atlas1540.server.testing.SharedFiles;
import org.atlas1540.server.testing.SignedInHttp;
import org.atlas1540.server.testing.WebTestSupport;
import org.junit.jupiter.api.Test;

/** The import page through real HTTP: upload, preview without storing, confirm; every bad input refused. */
class ImportPageTest extends ImportWebTestSupport {
    private static final String BELGRADE = "belgrade-2013-05.txt";

    @Test
    void theFormHasALabelledFileFieldAndSaysTheLimit() {
        var page = get("/import");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<label for=\"file\">Information note</label>")
                .contains("enctype=\"multipart/form-data\"").contains("up to <span>64 KB</span>")
                .contains("aria-current=\"page\">Import</a>");
    }

    @Test
    void anUploadedNoteIsShownAsReadAndNothingIsStored() throws Exception {
        var page = upload("/import", BELGRADE, SharedFiles.sampleBytes(BELGRADE));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("What was read from <span>" + BELGRADE + "</span>")
                .contains("Regional Workshop on the Implementation of UNSC Resolution 1540 (2004)")
                .contains("9 May 2013 – 10 May 2013").contains("Belgrade, Serbia (Serbia)")
                .contains("Participating States (<span>7</span>)").contains("North Macedonia")
                .contains("written as The former Yugoslav Republic of Macedonia")
                .contains("National action plan").contains("have no comma between them")
                .contains("Confirm and store this note").contains("a <strong>new event</strong>");
        assertThat(events()).isZero();
        assertThat(page.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(keptUploads()).isPositive();
    }

    @Test
    void confirmingStoresTheNoteOnceAndTheNextPageLinksItsEvent() throws Exception {
        var preview = upload("/import", BELGRADE, SharedFiles.sampleBytes(BELGRADE));
        Map<String, String> fields = confirmFields(preview.body());

        var confirmed = postForm("/import/confirm", fields, Map.of("Origin", base()));

        assertThat(confirmed.statusCode()).isEqualTo(303);
        assertThat(confirmed.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .endsWith("/import?event=2013-05-09-belgrade-regional-workshop&status=imported"));
        assertThat(events()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT original_file_name FROM source_documents").query(String.class).single())
                .isEqualTo(BELGRADE);
        var done = get("/import?event=2013-05-09-belgrade-regional-workshop&status=imported");
        assertThat(done.body()).contains("Stored as a new event.")
                .contains("href=\"/events/2013-05-09-belgrade-regional-workshop\"");

        var again = postForm("/import/confirm", fields, Map.of("Origin", base()));
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(events()).isEqualTo(1);
    }

    @Test
    void aFileStoredBeforeIsSaidToBeSoWithItsEventAndNotOfferedAgain() {
        var preview = upload("/import", BELGRADE, SharedFiles.sampleBytes(BELGRADE));
        postForm("/import/confirm", confirmFields(preview.body()), Map.of());

        var page = upload("/import", BELGRADE, SharedFiles.sampleBytes(BELGRADE));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("was imported before, exactly as it is")
                .contains("href=\"/events/2013-05-09-belgrade-regional-workshop\"")
                .doesNotContain("Confirm and store");
    }

    @Test
    void aChangedFileOfTheSameNameIsPreviewedAsANewRevisionThatKeepsTheReviewsOfItsFacts() {
        var preview = upload("/import", BELGRADE, SharedFiles.sampleBytes(BELGRADE));
        postForm("/import/confirm", confirmFields(preview.body()), Map.of());
        byte[] changed = (new String(SharedFiles.sampleBytes(BELGRADE), StandardCharsets.UTF_8)
                + "\nA line added after the meeting.\n").getBytes(StandardCharsets.UTF_8);

        var page = upload("/import", BELGRADE, changed);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("as a <strong>new revision</strong> of")
                .contains("href=\"/events/2013-05-09-belgrade-regional-workshop\"")
                .contains("Facts that stay the same keep their review")
                .contains("Confirm and store");
        assertThat(events()).isEqualTo(1);
    }

    @Test
    void aForgedTokenIsRefusedAndNothingIsStored() {
        var preview = upload("/import", BELGRADE, SharedFiles.sampleBytes(BELGRADE));
        var fields = new HashMap<>(confirmFields(preview.body()));
        fields.put("token", "0".repeat(64));

        var confirmed = postForm("/import/confirm", fields, Map.of());

        assertThat(confirmed.statusCode()).isEqualTo(403);
        assertThat(confirmed.body()).contains("This confirmation is not valid").contains("Nothing was stored.");
        assertThat(events()).isZero();
    }

    @Test
    void aNameChangedOnTheWayIsRefused() {
        var preview = upload("/import", BELGRADE, SharedFiles.sampleBytes(BELGRADE));
        var fields = new HashMap<>(confirmFields(preview.body()));
        fields.put("name", "../../etc/passwd");

        assertThat(postForm("/import/confirm", fields, Map.of()).statusCode()).isEqualTo(403);
        assertThat(events()).isZero();
    }

    @Test
    void aConfirmationWithoutTheFormsCsrfTokenIsRefusedAndNothingIsStored() {
        var preview = upload("/import", BELGRADE, SharedFiles.sampleBytes(BELGRADE));

        // what a form on another site can send in the editor's browser: the session cookie, no CSRF token
        var confirmed = editor().postFormAsIs("/import/confirm", confirmFields(preview.body()));

        assertThat(confirmed.statusCode()).isEqualTo(403);
        assertThat(confirmed.body()).contains("Not allowed").contains("came from another site");
        assertThat(events()).isZero();
    }

    @Test
    void theUploadFormCarriesTheCsrfTokenInItsAddressSoThatAnOversizedFileStillGetsItsMessage() {
        var page = get("/import");

        assertThat(page.body()).containsPattern("action=\"/import\\?_csrf=[^\"]+\"");
    }

    @Test
    void anEmptyFileIsRefusedWithAMessage() throws Exception {
        expectRefused(upload("/import", "empty.txt", new byte[0]), 400, "The file is empty");
    }

    @Test
    void aFormWithoutAFileIsRefusedWithAMessage() throws Exception {
        expectRefused(upload("/import", null, null), 400, "No file was sent");
    }

    @Test
    void aBinaryFileIsRefusedWithTheReadersReason() throws Exception {
        expectRefused(upload("/import", "picture.png", PNG), 422, "This file cannot be imported: the file is");
    }

    @Test
    void aTextThatIsNotANoteIsRefusedWithTheReadersReason() throws Exception {
        expectRefused(upload("/import", "list.txt", NOT_A_NOTE.getBytes(StandardCharsets.UTF_8)), 422,
                "does not look like an information note");
    }

    @Test
    void aFileOverTheLimitIsRefusedWithTheLimit() throws Exception {
        byte[] big = ("Information Note\n\nEvent\tWorkshop\n" + "x".repeat(100 * 1024)).getBytes(StandardCharsets.UTF_8);

        expectRefused(upload("/import", "big.txt", big), 413, "64 KB");
    }

    @Test
    void htmlInAnUploadedNoteIsShownAsText() {
        var page = upload("/import", "hostile.txt", WebTestSupport.HOSTILE_TEXT.getBytes(StandardCharsets.UTF_8));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("<script>alert").contains("&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt;");
    }

    @Test
    void aVisitorWhoIsNotSignedInIsSentToSignInAndCannotUpload() {
        var visitor = SignedInHttp.anonymous(port);

        var page = visitor.get("/import");
        var uploaded = visitor.send(HttpRequest.newBuilder(visitor.uri("/import"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("")));

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(uploaded.statusCode()).isEqualTo(302);
        assertThat(events()).isZero();
        assertThat(visitor.get("/").body()).doesNotContain("href=\"/import\"").contains("Sign in");
        assertThat(get("/").body()).contains("href=\"/import\"").contains(SignedInHttp.EDITOR).contains("Sign out");
    }

    private void expectRefused(HttpResponse<String> page, int status, String message) throws Exception {
        assertThat(page.statusCode()).isEqualTo(status);
        assertThat(page.body()).contains("Nothing was stored.").contains(message).doesNotContain("Exception")
                .contains("<label for=\"file\">");
        assertThat(events()).isZero();
        assertThat(TestDataCounts.sources(jdbc)).isZero();
    }

    /** Source documents, counted. */
    static final class TestDataCounts {
        static long sources(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
            return org.atlas1540.server.testing.TestData.count(jdbc, "source_documents");
        }
    }
}
