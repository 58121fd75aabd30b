package org.atlas1540.server.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.atlas1540.reference.StateCode;
import org.atlas1540.server.event.RecordSource;
import org.atlas1540.server.testing.RecordWebTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The plans' pages, API and CSV as the public reads them. */
class ActionPlanPagesTest extends RecordWebTestSupport {
    @Autowired
    ActionPlans plans;

    ActionPlan serbia1;
    ActionPlan serbia2;

    @BeforeEach
    void plansOfSerbiaAndSlovenia() {
        serbia1 = plans.create(new ActionPlanValues(StateCode.of("SRB"), 1, PlanStatus.SUPERSEDED,
                LocalDate.of(2012, 4, 2), "First plan", null, RecordSource.ofText("Mission's letter")));
        serbia2 = plans.create(new ActionPlanValues(StateCode.of("SRB"), 2, PlanStatus.PUBLISHED,
                LocalDate.of(2019, 5, 3), "<script>alert('plan')</script>", "https://example.org/srb.pdf",
                new RecordSource(BELGRADE_SLUG, null, "Presented at the workshop")));
        plans.create(new ActionPlanValues(StateCode.of("SVN"), 1, PlanStatus.SUBMITTED, null, null, null,
                RecordSource.NONE));
    }

    @Test
    void theStatePageShowsThePlanHistoryNewestFirst() {
        String body = get("/states/SRB").body();

        assertThat(body).contains("National action plan").contains("Versions of the State");
        assertThat(body.indexOf("/action-plans/" + serbia2.id() + "\"")).isLessThan(
                body.indexOf("/action-plans/" + serbia1.id() + "\""));
        assertThat(body).contains("3 May 2019").contains("Superseded");
        assertThat(get("/states/FJI").body()).contains("No plan is recorded for this State.");
    }

    @Test
    void aRegionPageCountsAndListsItsStatesWithAPlan() {
        String body = get("/regions/eastern-european-states").body();

        assertThat(body).containsPattern("National action plans \\(<span>2</span> of\\s+<span>\\d+</span> States\\)");
        assertThat(body).contains("id=\"region-plans\"").contains(">Serbia</a>").contains(">Slovenia</a>");
        assertThat(get("/regions/african-states").body()).contains("No State of this region has a recorded plan.");
    }

    @Test
    void aPlanPageShowsItsValuesAndSourceWithScriptAsText() {
        var page = get("/action-plans/" + serbia2.id());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Serbia</span>: national action plan, version")
                .contains("&lt;script&gt;alert(&#39;plan&#39;)&lt;/script&gt;").doesNotContain("<script>alert")
                .contains("href=\"https://example.org/srb.pdf\"")
                .contains("/events/" + BELGRADE_SLUG).contains("Presented at the workshop");
        assertThat(page.body()).doesNotContain("/action-plans/" + serbia2.id() + "/edit");
    }

    @Test
    void theListFiltersAndAnUnusableFilterIsA400WithItsMessage() {
        assertThat(get("/action-plans").body()).contains("1</span>–<span>3</span>");
        assertThat(get("/action-plans?status=published").body()).contains("1</span>–<span>1</span>");
        var refused = get("/action-plans?status=lost");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Parameter &#39;status&#39; has the value &#39;lost&#39;");
        assertThat(get("/action-plans?state=XYZ").statusCode()).isEqualTo(400);
    }

    @Test
    void anUnknownPlanIsNotFound() {
        assertThat(get("/action-plans/999999").statusCode()).isEqualTo(404);
        assertThat(get("/action-plans/abc").statusCode()).isEqualTo(404);
    }

    @Test
    void theApiListsPagesAndFiltersPlans() {
        JsonNode page = okJson("/api/v1/action-plans?size=2");
        assertThat(page.get("page").get("totalItems").asInt()).isEqualTo(3);
        assertThat(page.get("links").get("next").asString()).contains("page=2");
        JsonNode first = page.get("items").get(0);
        assertThat(first.get("state").asString()).isEqualTo("SRB");
        assertThat(first.get("planVersion").asInt()).isEqualTo(2);
        assertThat(first.get("links").get("html").asString()).isEqualTo(base() + "/action-plans/" + serbia2.id());

        assertThat(okJson("/api/v1/action-plans?state=svn").get("items").size()).isEqualTo(1);
        assertThat(problem(getJson("/api/v1/action-plans?status=lost"), 400).get("parameter").asString())
                .isEqualTo("status");
        assertThat(problem(getJson("/api/v1/action-plans?size=500"), 400).get("parameter").asString())
                .isEqualTo("size");
    }

    @Test
    void theApiGivesOnePlanWithItsSourceAndVersion() {
        JsonNode plan = okJson("/api/v1/action-plans/" + serbia2.id());

        assertThat(plan.get("status").asString()).isEqualTo("published");
        assertThat(plan.get("submittedOn").asString()).isEqualTo("2019-05-03");
        assertThat(plan.get("document").get("url").asString()).isEqualTo("https://example.org/srb.pdf");
        assertThat(plan.get("source").get("event").asString()).isEqualTo(BELGRADE_SLUG);
        assertThat(plan.get("version").asInt()).isZero();
        assertThat(problem(getJson("/api/v1/action-plans/999999"), 404).get("id").asString()).isEqualTo("999999");
    }

    @Test
    void theCsvHasARowPerVersionWithFormulaCellsDefused() {
        plans.create(new ActionPlanValues(StateCode.of("FJI"), 1, PlanStatus.SUBMITTED, null, "=HYPERLINK(\"x\")",
                null, RecordSource.NONE));

        var rows = csv("/exports/action-plans.csv");

        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).get("state")).isEqualTo("FJI");
        assertThat(rows.get(0).get("document_title")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(rows).filteredOn(r -> r.get("id").equals(serbia2.id().toString())).singleElement()
                .satisfies(r -> {
                    assertThat(r.get("status")).isEqualTo("published");
                    assertThat(r.get("source_event")).isEqualTo(BELGRADE_SLUG);
                    assertThat(r.get("url")).isEqualTo(base() + "/action-plans/" + serbia2.id());
                });
    }
}
