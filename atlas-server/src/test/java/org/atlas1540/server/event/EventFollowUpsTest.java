package org.atlas1540.server.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.atlas1540.reference.StateCode;
import org.atlas1540.server.assistance.AssistanceArea;
import org.atlas1540.server.assistance.AssistanceRequestId;
import org.atlas1540.server.assistance.AssistanceRequests;
import org.atlas1540.server.assistance.NewRequest;
import org.atlas1540.server.assistance.RequestSource;
import org.atlas1540.server.plan.ActionPlan;
import org.atlas1540.server.plan.ActionPlanValues;
import org.atlas1540.server.plan.ActionPlans;
import org.atlas1540.server.plan.PlanStatus;
import org.atlas1540.server.testing.AssistanceTestData;
import org.atlas1540.server.testing.RecordWebTestSupport;
import org.atlas1540.server.visit.CountryVisit;
import org.atlas1540.server.visit.CountryVisitValues;
import org.atlas1540.server.visit.CountryVisits;
import org.atlas1540.server.visit.VisitStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "What followed" on an event's page: the records learned from it, through real HTTP, on the two sample notes. */
class EventFollowUpsTest extends RecordWebTestSupport {
    @Autowired
    ActionPlans plans;

    @Autowired
    CountryVisits visits;

    @Autowired
    AssistanceRequests requests;

    private String kievSlug;

    @BeforeEach
    void noRequests() {
        AssistanceTestData.deleteAll(jdbc);
        kievSlug = jdbc.sql("SELECT DISTINCT e.slug FROM events e JOIN facts f ON f.event_id = e.id "
                + "WHERE f.fact_type = 'country-visit'").query(String.class).single();
    }

    @AfterEach
    void factsWaitAgain() {
        AssistanceTestData.deleteAll(jdbc);
        jdbc.sql("UPDATE facts SET status = 'suggested'").update();
    }

    @Test
    void anEventWithoutRecordsHasNoWhatFollowedSection() {
        var page = get("/events/" + BELGRADE_SLUG);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("What followed").doesNotContain("Recorded as");
    }

    @Test
    void aPlanAndAVisitMadeFromFactsAreListedWithTheirStatusAndBesideTheFactTheyCameFrom() {
        ActionPlan plan = plans.create(new ActionPlanValues(StateCode.of("SRB"), 1, PlanStatus.SUBMITTED,
                LocalDate.of(2013, 4, 1), null, null, RecordSource.ofFact(BELGRADE_SLUG, 1)));
        CountryVisit visit = visits.create(new CountryVisitValues(StateCode.of("MDA"), VisitStatus.REQUESTED, 2014,
                null, null, RecordSource.ofFact(kievSlug, 2), null));

        String belgrade = get("/events/" + BELGRADE_SLUG).body();
        String kiev = get("/events/" + kievSlug).body();

        assertThat(belgrade).contains("<h2 id=\"followed-heading\">What followed</h2>")
                .contains("<a href=\"/action-plans/" + plan.id() + "\">National action plan: Serbia, version 1</a>")
                .contains("<a href=\"#fact-1\">fact 1</a>")
                .containsPattern("Recorded as\\s*<a href=\"/action-plans/" + plan.id() + "\">")
                .doesNotContain("/country-visits/" + visit.id());
        assertThat(kiev).contains("<a href=\"/country-visits/" + visit.id() + "\">Country visit: Republic of Moldova, 2014</a>")
                .contains("<td data-label=\"Status\">Requested</td>")
                .contains("<a href=\"#fact-2\">fact 2</a>")
                .contains("id=\"fact-2\"");
    }

    @Test
    void aRequestWithoutConsentFollowsTheEventForStaffOnly() {
        AssistanceRequestId request = requests.create(new NewRequest(StateCode.of("MDA"), AssistanceArea.BORDER_SECURITY,
                "Radiation detectors", LocalDate.of(2013, 11, 6), RequestSource.fact(kievSlug, 3), false), "editor1");

        String forStaff = staffGet("/events/" + kievSlug).body();
        String forVisitors = get("/events/" + kievSlug).body();

        assertThat(forStaff).contains("<a href=\"/assistance/requests/" + request + "\">Assistance request: Republic of Moldova");
        assertThat(forVisitors).doesNotContain("/assistance/requests/" + request).doesNotContain("What followed")
                .doesNotContain("Radiation detectors");
    }
}
