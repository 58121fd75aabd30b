package org.atlas1540.server.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.atlas1540.reference.StateCode;
import org.atlas1540.server.event.RecordSource;
import org.atlas1540.server.audit.AuditEntry;
import org.atlas1540.server.testing.RecordWebTestSupport;
import org.atlas1540.server.testing.SignedInHttp;
import org.atlas1540.server.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Staff add and change plan versions with the forms and the API; bad input stores nothing. */
class ActionPlanFormsTest extends RecordWebTestSupport {
    @Autowired
    ActionPlans plans;

    @Test
    void anEditorAddsAPlanVersionWithTheForm() {
        var form = staffGet("/action-plans/new?state=SRB");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("<option value=\"SRB\" selected=\"selected\">Serbia</option>")
                .contains("name=\"planVersion\" type=\"text\" value=\"1\"");

        long id = redirectedId(staffPost("/action-plans", "state", "SRB", "planVersion", "1", "status", "published",
                "submittedOn", "2019-05-03", "documentTitle", "<script>alert(1)</script>", "documentUrl",
                "https://example.org/srb.pdf", "sourceEvent", BELGRADE_SLUG, "sourceFact", "", "sourceText", ""));

        ActionPlan plan = plans.find(new ActionPlanId(id)).orElseThrow();
        assertThat(plan.status()).isEqualTo(PlanStatus.PUBLISHED);
        assertThat(plan.documentTitle()).isEqualTo("<script>alert(1)</script>");
        assertThat(get("/action-plans/" + id + "?saved").body()).contains("Saved.")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(staffGet("/action-plans/new?state=SRB").body()).contains("name=\"planVersion\" type=\"text\" value=\"2\"");
        assertThat(audit(ActionPlans.RECORD_TYPE, id)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("create");
            assertThat(entry.actor()).isEqualTo(SignedInHttp.EDITOR);
            assertThat(entry.beforeJson()).isNull();
            assertThat(entry.afterJson()).contains("\"status\":\"PUBLISHED\"").contains("srb.pdf");
        });
    }

    @ParameterizedTest(name = "{0} = ''{1}''")
    @CsvSource(delimiter = '|', value = {
            "state       | XYZ                 | State &#39;XYZ&#39; is not the code of a known State",
            "state       | ''                  | State is required.",
            "planVersion | first               | Plan version &#39;first&#39; is not a whole number from 1 to 99.",
            "status      | lost                | Status &#39;lost&#39; is not one of",
            "submittedOn | 2019-13-01          | is not a date; write it as year-month-day",
            "documentUrl | javascript:alert(1) | is not a web address starting with http:// or https://.",
            "sourceEvent | no-such-event       | There is no event &#39;no-such-event&#39;",
            "sourceFact  | 3                   | A fact number needs the event it belongs to."})
    void aValueThatCannotBeUsedIsNamedBesideItsFieldAndNothingIsStored(String field, String value, String message) {
        var values = new java.util.LinkedHashMap<String, String>();
        values.put("state", "SRB");
        values.put("planVersion", "1");
        values.put("status", "submitted");
        values.put(field, value);
        String[] pairs = values.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
                .toArray(String[]::new);

        long auditedBefore = auditLog.count();
        var page = staffPost("/action-plans", pairs);

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Nothing was saved").contains("id=\"" + field + "-problem\"").contains(message)
                .contains("aria-invalid=\"true\"");
        assertThat(TestData.count(jdbc, "action_plans")).isZero();
        assertThat(auditLog.count()).isEqualTo(auditedBefore);
    }

    @Test
    void oversizedTextIsRefused() {
        var page = staffPost("/action-plans", "state", "SRB", "planVersion", "1", "status", "submitted",
                "documentTitle", "x".repeat(301));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Document is too long: 301 characters, at most 300.");
    }

    @Test
    void aDuplicateVersionIsRefusedBesideTheVersionField() {
        plans.create(new ActionPlanValues(StateCode.of("SRB"), 1, PlanStatus.PUBLISHED, null, null, null,
                RecordSource.NONE));

        var page = staffPost("/action-plans", "state", "SRB", "planVersion", "1", "status", "submitted");

        assertThat(page.statusCode()).isEqualTo(409);
        assertThat(page.body()).contains("id=\"planVersion-problem\"").contains("SRB already has a plan version 1");
        assertThat(TestData.count(jdbc, "action_plans")).isEqualTo(1);
    }

    @Test
    void aSecondSaveOfTheSameVersionShowsTheCurrentValuesAndOverwritesNothing() {
        ActionPlan plan = plans.create(new ActionPlanValues(StateCode.of("SRB"), 1, PlanStatus.SUBMITTED, null, null,
                null, RecordSource.NONE));
        assertThat(staffGet("/action-plans/" + plan.id() + "/edit").body()).contains("name=\"version\" value=\"0\"");
        redirectedId(staffPost("/action-plans/" + plan.id(), "version", "0", "state", "SRB", "planVersion", "1",
                "status", "published"));

        var second = staffPost("/action-plans/" + plan.id(), "version", "0", "state", "SRB", "planVersion", "1",
                "status", "superseded", "documentTitle", "Mine");

        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.body()).contains("Someone else saved this plan version after you opened it")
                .contains("name=\"version\" value=\"1\"")
                .contains("<option value=\"published\" selected=\"selected\">Published</option>");
        ActionPlan stored = plans.find(plan.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(PlanStatus.PUBLISHED);
        assertThat(stored.documentTitle()).isNull();
        assertThat(audit(ActionPlans.RECORD_TYPE, plan.id())).extracting(AuditEntry::action)
                .containsExactly("create", "update");
        assertThat(audit(ActionPlans.RECORD_TYPE, plan.id()).get(1).beforeJson()).contains("SUBMITTED");
    }

    @Test
    void theApiCreatesAPlanAndRefusesBadInputDuplicatesAndStaleVersions() {
        var created = staffJson("POST", "/api/v1/action-plans", """
                {"state": "svn", "planVersion": 1, "status": "submitted", "submittedOn": "2018-02-01"}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode plan = JSON.readTree(created.body());
        assertThat(created.headers().firstValue("Location")).hasValue(base() + "/api/v1/action-plans/"
                + plan.get("id").asLong());
        assertThat(plan.get("state").asString()).isEqualTo("SVN");

        JsonNode bad = problem(staffJson("POST", "/api/v1/action-plans", """
                {"state": "XYZ", "planVersion": "0", "status": "published", "submittedOn": "yesterday"}"""), 400);
        assertThat(texts(bad.get("errors"), "field")).containsExactly("state", "planVersion", "submittedOn");

        problem(staffJson("POST", "/api/v1/action-plans", """
                {"state": "SVN", "planVersion": 1, "status": "published"}"""), 409);
        problem(staffJson("POST", "/api/v1/action-plans", "{not json"), 400);

        String path = "/api/v1/action-plans/" + plan.get("id").asLong();
        var updated = staffJson("PUT", path, """
                {"state": "SVN", "planVersion": 1, "status": "published", "version": 0}""");
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(JSON.readTree(updated.body()).get("version").asInt()).isEqualTo(1);
        problem(staffJson("PUT", path, """
                {"state": "SVN", "planVersion": 1, "status": "superseded", "version": 0}"""), 409);
        assertThat(okJson(path).get("status").asString()).isEqualTo("published");
        problem(staffJson("PUT", path, """
                {"state": "SVN", "planVersion": 1, "status": "superseded"}"""), 400);
        assertThat(plans.find(new ActionPlanId(plan.get("id").asLong())).orElseThrow().submittedOn()).isNull();
        assertThat(LocalDate.of(2018, 2, 1)).isNotNull();
    }
}
