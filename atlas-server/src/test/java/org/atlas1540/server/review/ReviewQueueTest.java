package org.atlas1540.server.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.atlas1540.reference.ReferenceData;
import org.atlas1540.reference.StateCode;
import org.atlas1540.server.account.Accounts;
import org.atlas1540.server.audit.AuditLog;
import org.atlas1540.server.event.FactReview;
import org.atlas1540.server.testing.SignedInHttp;
import org.atlas1540.server.testing.WebTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The review queue through real HTTP, on the two sample notes. */
class ReviewQueueTest extends WebTestSupport {
    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    private SignedInHttp editor;

    @BeforeEach
    void everyFactWaits() {
        jdbc.sql("UPDATE facts SET status = 'suggested'").update();
        SignedInHttp.accounts(accounts);
        editor = SignedInHttp.as(port, SignedInHttp.EDITOR);
    }

    @Test
    void theQueueIsForEditorsOnly() {
        var visitor = SignedInHttp.anonymous(port);

        assertThat(visitor.get("/review").statusCode()).isEqualTo(302);
        assertThat(visitor.get("/").body()).doesNotContain("href=\"/review\"");
        assertThat(editor.get("/").body()).contains("href=\"/review\"");
    }

    @Test
    void eachWaitingFactShowsItsSentenceAndOpensTheFormOfItsRecordFilledInFromIt() {
        int plan = factNumber("national-action-plan");

        var page = editor.get("/review");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("National action plan").contains("Regional Workshop on the Implementation")
                .contains("/action-plans/new?state=")
                .contains("sourceEvent=" + BELGRADE_SLUG + "&amp;sourceFact=" + plan)
                .containsPattern("<span>National action plan</span>\\s*\\(<span>1</span>\\)");
        var visits = editor.get("/review?type=country-visit").body();
        assertThat(visits).doesNotContain("/action-plans/new");
        long all = jdbc.sql("SELECT COUNT(*) FROM facts WHERE status = 'suggested'").query(Long.class).single();
        assertThat(visits).containsPattern("All\\s*\\(<span>" + all + "</span>\\)");
    }

    @Test
    void aFactThatMakesARecordLinksToTheRecordsOfItsKindAlreadyKeptForItsStateBeforeItIsConfirmedAsAlreadyRecorded() {
        String state = jdbc.sql("SELECT state_code FROM facts WHERE fact_type = 'national-action-plan' AND state_code IS NOT NULL")
                .query(String.class).list().get(0);

        var plans = editor.get("/review?type=national-action-plan").body();

        String name = ReferenceData.standard().states().get(StateCode.of(state)).shortName();
        assertThat(plans).contains("<a href=\"/action-plans?state=" + state + "\">Plans recorded for " + name + "</a>")
                .contains("<a href=\"/states/" + state + "\">" + name + "</a>")
                .contains("Confirm: already recorded");
        assertThat(editor.get("/action-plans?state=" + state).statusCode()).isEqualTo(200);
        var visits = editor.get("/review?type=country-visit").body();
        assertThat(visits).containsPattern("<a href=\"/country-visits(\\?state=[A-Z]{3})?\">Visits recorded");
    }

    @Test
    void aRejectedFactLeavesTheQueueAndTheAuditLogSaysWhoRejectedIt() {
        int plan = factNumber("national-action-plan");

        var rejected = editor.postForm("/review/" + BELGRADE_SLUG + "/" + plan + "/reject", Map.of());

        assertThat(rejected.statusCode()).isEqualTo(302);
        assertThat(status(plan)).isEqualTo("rejected");
        assertThat(editor.get("/review").body())
                .doesNotContain("sourceEvent=" + BELGRADE_SLUG + "&amp;sourceFact=" + plan + "\"")
                .contains("was rejected");
        assertThat(audit.of(FactReview.RECORD_TYPE, BELGRADE_SLUG + "#" + plan)).last()
                .satisfies(entry -> {
                    assertThat(entry.actor()).isEqualTo(SignedInHttp.EDITOR);
                    assertThat(entry.action()).isEqualTo("rejected");
                });
    }

    @Test
    void aFactReviewedInTheMeantimeIsNotRejectedAndTheEditorIsTold() {
        int plan = factNumber("national-action-plan");
        editor.postForm("/review/" + BELGRADE_SLUG + "/" + plan + "/confirm", Map.of());
        editor.get("/review"); // the browser follows the redirect

        editor.postForm("/review/" + BELGRADE_SLUG + "/" + plan + "/reject", Map.of());

        assertThat(status(plan)).isEqualTo("confirmed");
        assertThat(editor.get("/review").body()).contains("was confirmed in the meantime, so it was not rejected");
    }

    @Test
    void aDecisionWithoutTheFormsCsrfTokenChangesNothing() {
        int plan = factNumber("national-action-plan");

        var forged = editor.postFormAsIs("/review/" + BELGRADE_SLUG + "/" + plan + "/reject", Map.of());

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(status(plan)).isEqualTo("suggested");
    }

    @Test
    void aPlanMadeFromTheFactConfirmsItAndItLeavesTheQueue() {
        int plan = factNumber("national-action-plan");
        String state = stateOf(plan);
        var form = editor.get("/action-plans/new?state=" + state + "&sourceEvent=" + BELGRADE_SLUG + "&sourceFact=" + plan);
        assertThat(form.statusCode()).isEqualTo(200);

        var saved = editor.postForm("/action-plans", Map.of("state", state, "planVersion", "1", "status", "submitted",
                "sourceEvent", BELGRADE_SLUG, "sourceFact", String.valueOf(plan)));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(status(plan)).isEqualTo("confirmed");
        assertThat(editor.get("/review").body())
                .doesNotContain("sourceEvent=" + BELGRADE_SLUG + "&amp;sourceFact=" + plan + "\"");
        assertThat(audit.of(FactReview.RECORD_TYPE, BELGRADE_SLUG + "#" + plan)).last()
                .satisfies(entry -> assertThat(entry.afterJson()).contains("national action plan"));
        jdbc.sql("DELETE FROM action_plans").update();
    }

    @Test
    void theRequestFormOpensFilledInFromASuggestedNeed() {
        var need = jdbc.sql("SELECT e.slug, f.position, f.state_code FROM facts f JOIN events e ON e.id = f.event_id "
                        + "WHERE f.fact_type = 'assistance-need' ORDER BY e.slug, f.position")
                .query((rs, n) -> new String[] {rs.getString(1), String.valueOf(rs.getInt(2) + 1), rs.getString(3)})
                .list().get(0);

        var form = editor.get("/assistance/requests/new?state=" + need[2] + "&sourceEvent=" + need[0]
                + "&sourceFact=" + need[1]);

        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("value=\"" + need[0] + "\"").contains("value=\"" + need[1] + "\"");
        if (need[2] != null) {
            assertThat(form.body()).containsPattern("<option[^>]*value=\"" + need[2] + "\"[^>]*selected");
        }
    }

    @Test
    void anUnknownFactIs404() {
        assertThat(editor.postForm("/review/" + BELGRADE_SLUG + "/999/reject", Map.of()).statusCode()).isEqualTo(404);
        assertThat(editor.postForm("/review/no-such-event/1/confirm", Map.of()).statusCode()).isEqualTo(404);
    }

    private int factNumber(String type) {
        return jdbc.sql("SELECT f.position FROM facts f JOIN events e ON e.id = f.event_id WHERE e.slug = ? "
                        + "AND f.fact_type = ? ORDER BY f.position")
                .params(BELGRADE_SLUG, type).query(Integer.class).list().get(0) + 1;
    }

    private String stateOf(int number) {
        return jdbc.sql("SELECT f.state_code FROM facts f JOIN events e ON e.id = f.event_id WHERE e.slug = ? "
                        + "AND f.position = ?").params(BELGRADE_SLUG, number - 1).query(String.class).single();
    }

    private String status(int number) {
        return jdbc.sql("SELECT f.status FROM facts f JOIN events e ON e.id = f.event_id WHERE e.slug = ? "
                        + "AND f.position = ?").params(BELGRADE_SLUG, number - 1).query(String.class).single();
    }
}
