package org.atlas1540.server.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.atlas1540.server.audit.AuditEntry;
import org.atlas1540.server.testing.RecordWebTestSupport;
import org.atlas1540.server.testing.SignedInHttp;
import org.atlas1540.server.testing.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Staff enter recommendations, take them from the note, follow them up and move them along their lifecycle. */
class RecommendationFormsTest extends RecordWebTestSupport {
    @Autowired
    Recommendations recommendations;

    @Test
    void theEventPageOffersStaffToTakeRecommendationsFromTheNote() {
        String body = staffGet("/events/" + BELGRADE_SLUG).body();

        assertThat(body).contains("Take from the note")
                .contains("/events/" + BELGRADE_SLUG + "/recommendations/from-note").contains("Add a recommendation");
    }

    @Test
    void anEditorTakesTheRecommendationsTheNoteMentionsAndTheOfferGoes() {
        var form = staffGet("/events/" + BELGRADE_SLUG + "/recommendations/from-note");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("informal recommendations for follow up action").contains("Attachment");

        var taken = staffPost("/events/" + BELGRADE_SLUG + "/recommendations/from-note", "take", "0",
                "text-0", "Enhance regional cooperation (see the attachment).", "owner-0", "OSCE", "dueOn-0",
                "2014-12-31");

        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(302);
        assertThat(recommendations.ofEvent(BELGRADE_SLUG)).singleElement().satisfies(r -> {
            assertThat(r.text()).isEqualTo("Enhance regional cooperation (see the attachment).");
            assertThat(r.owner()).isEqualTo("OSCE");
            assertThat(r.factNumber()).isNotNull();
        });
        String page = staffGet("/events/" + BELGRADE_SLUG + "?recommendations=1").body();
        assertThat(page).contains("Enhance regional cooperation").contains("taken from the note");
    }

    @Test
    void takingFromTheNoteStoresNothingWhenAChosenItemCannotBeUsed() {
        var page = staffPost("/events/" + BELGRADE_SLUG + "/recommendations/from-note", "take", "0",
                "text-0", "Fine.", "dueOn-0", "31/12/2016");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("id=\"dueOn-0-problem\"").contains("is not a date")
                .contains("value=\"31/12/2016\"");
        assertThat(TestData.count(jdbc, "recommendations")).isZero();
        var none = staffPost("/events/" + BELGRADE_SLUG + "/recommendations/from-note");
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(none.body()).contains("Choose at least one recommendation to take.");
    }

    @Test
    void anEditorEntersARecommendationFollowsItUpAndClosesIt() {
        long id = redirectedId(staffPost("/events/" + BELGRADE_SLUG + "/recommendations", "text",
                "Hold a follow-up workshop.", "owner", "OSCE", "dueOn", "2014-06-30"));

        redirectedId(staffPost("/recommendations/" + id + "/status", "status", "in-progress", "version", "0"));
        var added = staffPost("/recommendations/" + id + "/follow-ups", "text", "Dates proposed.", "writtenOn",
                "2014-02-01", "author", "");
        assertThat(added.statusCode()).isEqualTo(302);
        redirectedId(staffPost("/recommendations/" + id + "/status", "status", "done", "version", "1"));

        var page = get("/recommendations/" + id).body();
        assertThat(page).contains("Dates proposed.").contains("1 February 2014").contains(">Done</span>");
        assertThat(recommendations.followUps(new RecommendationId(id)).get(0).author()).isEqualTo(SignedInHttp.EDITOR);
        assertThat(audit(Recommendations.RECORD_TYPE, id)).extracting(AuditEntry::action, AuditEntry::actor)
                .containsExactly(tuple("create", SignedInHttp.EDITOR), tuple("status:work_started", SignedInHttp.EDITOR),
                        tuple("follow-up", SignedInHttp.EDITOR), tuple("status:finished", SignedInHttp.EDITOR));
    }

    @Test
    void aFollowUpWithoutTextOrInTheFutureIsRefusedBesideItsField() {
        var r = recommendations.create(new RecommendationValues(BELGRADE_SLUG, "Review.", null, null, null, null));

        var page = staffPost("/recommendations/" + r.id() + "/follow-ups", "text", " ", "writtenOn",
                LocalDate.now().plusDays(10).toString());

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("id=\"text-problem\"").contains("Follow-up is required.")
                .contains("id=\"writtenOn-problem\"").contains("is in the future");
        assertThat(TestData.count(jdbc, "recommendation_follow_ups")).isZero();
    }

    @Test
    void aStepTheLifecycleRefusesIsA409AndADuplicateIsRefused() {
        var r = recommendations.create(new RecommendationValues(BELGRADE_SLUG, "Review.", null, null, null, null));
        recommendations.changeStatus(r.id(), 0, RecommendationStatus.DROPPED);

        var refused = staffPost("/recommendations/" + r.id() + "/status", "status", "done", "version", "1");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("A recommendation that is dropped cannot become done.");

        var duplicate = staffPost("/events/" + BELGRADE_SLUG + "/recommendations", "text", "review.");
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(duplicate.body()).contains("id=\"text-problem\"").contains("already has this recommendation");
    }

    @Test
    void theApiEntersFollowsUpAndMovesARecommendation() {
        var created = staffJson("POST", "/api/v1/recommendations", """
                {"event": "%s", "text": "Train customs officers.", "dueOn": "2014-01-01"}""".formatted(BELGRADE_SLUG));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = JSON.readTree(created.body()).get("id").asLong();

        var followed = staffJson("POST", "/api/v1/recommendations/" + id + "/follow-ups", """
                {"text": "Course planned.", "writtenOn": "2013-12-01", "author": "UNODA"}""");
        assertThat(followed.statusCode()).as(followed.body()).isEqualTo(201);
        assertThat(JSON.readTree(followed.body()).get("followUps").get(0).get("author").asString()).isEqualTo("UNODA");

        var moved = staffJson("POST", "/api/v1/recommendations/" + id + "/status", """
                {"status": "done", "version": 0}""");
        assertThat(JSON.readTree(moved.body()).get("status").asString()).isEqualTo("done");
        problem(staffJson("POST", "/api/v1/recommendations/" + id + "/status", """
                {"status": "in-progress", "version": 1}"""), 409);

        JsonNode bad = problem(staffJson("POST", "/api/v1/recommendations", """
                {"event": "no-such-event", "text": "x"}"""), 400);
        assertThat(texts(bad.get("errors"), "field")).containsExactly("event");
        JsonNode oversized = problem(staffJson("POST", "/api/v1/recommendations", """
                {"event": "%s", "text": "%s"}""".formatted(BELGRADE_SLUG, "y".repeat(2001))), 400);
        assertThat(oversized.get("errors").get(0).get("message").asString()).contains("at most 2000");
    }
}
