package org.atlas1540.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.atlas1540.reference.StateCode;
import org.atlas1540.server.plan.ActionPlanValues;
import org.atlas1540.server.plan.ActionPlans;
import org.atlas1540.server.plan.PlanStatus;
import org.atlas1540.server.event.RecordSource;
import org.atlas1540.server.recommendation.RecommendationValues;
import org.atlas1540.server.recommendation.Recommendations;
import org.atlas1540.server.testing.RecordWebTestSupport;
import org.atlas1540.server.testing.TestData;
import org.atlas1540.server.visit.CountryVisitValues;
import org.atlas1540.server.visit.CountryVisits;
import org.atlas1540.server.visit.VisitStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who may change the records (plans, visits, recommendations): everyone reads, only staff write.
 * Every write address, as a form and through the API, is refused to someone not signed in, and
 * stores nothing; the staff-only forms send them to sign in.
 */
class RecordAccessTest extends RecordWebTestSupport {
    @Autowired
    ActionPlans plans;

    @Autowired
    CountryVisits visits;

    @Autowired
    Recommendations recommendations;

    @ParameterizedTest(name = "GET {0}")
    @CsvSource({"/action-plans/new", "/action-plans/{plan}/edit", "/country-visits/new", "/country-visits/{visit}/edit",
            "/events/{event}/recommendations/new", "/events/{event}/recommendations/from-note",
            "/recommendations/{recommendation}/edit"})
    void aStaffFormSendsSomeoneNotSignedInToSignIn(String address) {
        String path = path(address);

        var page = get(path);

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(staffGet(path).statusCode()).isEqualTo(200);
    }

    @ParameterizedTest(name = "POST {0}")
    @CsvSource({"/action-plans", "/action-plans/{plan}", "/country-visits", "/country-visits/{visit}",
            "/country-visits/{visit}/status", "/events/{event}/recommendations",
            "/events/{event}/recommendations/from-note", "/recommendations/{recommendation}",
            "/recommendations/{recommendation}/status", "/recommendations/{recommendation}/follow-ups"})
    void aFormSentBySomeoneNotSignedInIsRefusedAndStoresNothing(String address) {
        long before = rows();

        var refused = anonymousPost(path(address), "state", "SVN", "planVersion", "3", "status", "published",
                "version", "0", "text", "Anonymous.", "take", "0", "text-0", "Anonymous.");

        assertThat(refused.statusCode()).isIn(302, 403);
        if (refused.statusCode() == 302) {
            assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
        assertThat(rows()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"POST, /api/v1/action-plans", "PUT, /api/v1/action-plans/{plan}", "POST, /api/v1/country-visits",
            "PUT, /api/v1/country-visits/{visit}", "POST, /api/v1/country-visits/{visit}/status",
            "POST, /api/v1/recommendations", "PUT, /api/v1/recommendations/{recommendation}",
            "POST, /api/v1/recommendations/{recommendation}/status",
            "POST, /api/v1/recommendations/{recommendation}/follow-ups"})
    void theWriteApiWithoutATokenIs401AndStoresNothing(String method, String address) {
        long before = rows();

        var refused = anonymousJson(method, path(address), """
                {"state": "SVN", "planVersion": 3, "status": "published", "version": 0, "event": "%s",
                 "text": "Anonymous."}""".formatted(BELGRADE_SLUG));

        problem(refused, 401);
        assertThat(rows()).isEqualTo(before);
    }

    private String path(String address) {
        var plan = plans.historyOf(StateCode.of("SVN")).stream().findFirst().orElseGet(() -> plans.create(
                new ActionPlanValues(StateCode.of("SVN"), 1, PlanStatus.SUBMITTED, null, null, null, RecordSource.NONE)));
        var visit = visits.of(StateCode.of("SVN")).stream().findFirst().orElseGet(() -> visits.create(
                new CountryVisitValues(StateCode.of("SVN"), VisitStatus.PROPOSED, 2020, null, null, RecordSource.NONE,
                        null)));
        var recommendation = recommendations.ofEvent(BELGRADE_SLUG).stream().findFirst().orElseGet(() -> recommendations
                .create(new RecommendationValues(BELGRADE_SLUG, "Review.", null, LocalDate.of(2016, 1, 1), null, null)));
        return address.replace("{plan}", plan.id().toString()).replace("{visit}", visit.id().toString())
                .replace("{recommendation}", recommendation.id().toString()).replace("{event}", BELGRADE_SLUG);
    }

    private long rows() {
        path("");
        return TestData.count(jdbc, "action_plans") + TestData.count(jdbc, "country_visits")
                + TestData.count(jdbc, "recommendations") + TestData.count(jdbc, "recommendation_follow_ups")
                + 1000 * (plans.historyOf(StateCode.of("SVN")).get(0).version()
                        + visits.of(StateCode.of("SVN")).get(0).version()
                        + recommendations.ofEvent(BELGRADE_SLUG).get(0).version());
    }
}
