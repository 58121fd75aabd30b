package org.atlas1540.server.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.atlas1540.server.testing.RecordWebTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The recommendations' pages, API and CSV as the public reads them. */
class RecommendationPagesTest extends RecordWebTestSupport {
    @Autowired
    Recommendations recommendations;

    Recommendation overdue;

    @BeforeEach
    void recommendationsOfBelgrade() {
        overdue = recommendations.create(new RecommendationValues(BELGRADE_SLUG,
                "Review the <i>control</i> lists.", "Ministry of Trade", LocalDate.of(2014, 1, 31), null, null));
        recommendations.addFollowUp(overdue.id(), LocalDate.of(2013, 9, 1), "expert", "Draft circulated.");
        recommendations.create(new RecommendationValues(BELGRADE_SLUG, "Hold a follow-up workshop.", null, null,
                null, null));
    }

    @Test
    void theEventPageListsItsRecommendationsButOffersNoFormsToThePublic() {
        String body = get("/events/" + BELGRADE_SLUG).body();

        assertThat(body).contains("Recommendations and follow-up").contains("Review the &lt;i&gt;control&lt;/i&gt; lists.")
                .contains("Hold a follow-up workshop.").contains("(overdue)");
        assertThat(body).doesNotContain("Take from the note").doesNotContain("Add a recommendation");
    }

    @Test
    void theHomePageShowsNoOverdueRecommendationsToThePublic() {
        assertThat(get("/").body()).doesNotContain("Overdue recommendations");
    }

    @Test
    void aRecommendationPageShowsItsFollowUp() {
        var page = get("/recommendations/" + overdue.id());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Ministry of Trade").contains("31 January 2014").contains("(overdue)")
                .contains("Draft circulated.").contains("1 September 2013").contains("Entered by staff");
        assertThat(page.body()).doesNotContain("Add to the follow-up");
        assertThat(get("/recommendations/123456789").statusCode()).isEqualTo(404);
    }

    @Test
    void theListFiltersOverdueOnes() {
        assertThat(get("/recommendations").body()).contains("1</span>–<span>2</span>");
        assertThat(get("/recommendations?overdue=true").body()).contains("1</span>–<span>1</span>")
                .contains("Ministry of Trade");
        assertThat(get("/recommendations?status=closed").statusCode()).isEqualTo(400);
    }

    @Test
    void theApiGivesRecommendationsWithFollowUpAndOverdueFlag() {
        JsonNode list = okJson("/api/v1/recommendations?event=" + BELGRADE_SLUG);
        assertThat(list.get("page").get("totalItems").asInt()).isEqualTo(2);
        assertThat(okJson("/api/v1/recommendations?overdue=true").get("items").size()).isEqualTo(1);
        problem(getJson("/api/v1/recommendations?overdue=maybe"), 400);

        JsonNode one = okJson("/api/v1/recommendations/" + overdue.id());
        assertThat(one.get("overdue").asBoolean()).isTrue();
        assertThat(one.get("status").asString()).isEqualTo("open");
        assertThat(one.get("followUps").get(0).get("text").asString()).isEqualTo("Draft circulated.");
        assertThat(one.get("links").get("event").asString()).isEqualTo(base() + "/api/v1/events/" + BELGRADE_SLUG);
    }

    @Test
    void theCsvCountsEachRecommendationsFollowUp() {
        var rows = csv("/exports/recommendations.csv");

        assertThat(rows).hasSize(2);
        assertThat(rows).filteredOn(r -> r.get("id").equals(overdue.id().toString())).singleElement()
                .satisfies(r -> {
                    assertThat(r.get("overdue")).isEqualTo("yes");
                    assertThat(r.get("follow_ups")).isEqualTo("1");
                    assertThat(r.get("last_follow_up_on")).isEqualTo("2013-09-01");
                });
    }
}
