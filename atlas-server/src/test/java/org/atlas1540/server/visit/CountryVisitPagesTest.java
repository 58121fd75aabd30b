package org.atlas1540.server.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.atlas1540.reference.StateCode;
import org.atlas1540.server.event.RecordSource;
import org.atlas1540.server.testing.RecordWebTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The visits' pages, API and CSV as the public reads them. */
class CountryVisitPagesTest extends RecordWebTestSupport {
    @Autowired
    CountryVisits visits;

    CountryVisit conducted;
    CountryVisit proposed;

    @BeforeEach
    void visitsToSerbia() {
        conducted = visits.create(new CountryVisitValues(StateCode.of("SRB"), VisitStatus.CONDUCTED, null,
                LocalDate.of(2014, 6, 2), LocalDate.of(2014, 6, 4), new RecordSource(BELGRADE_SLUG, null, null),
                "<b>Met</b> the national authority."));
        proposed = visits.create(new CountryVisitValues(StateCode.of("SRB"), VisitStatus.PROPOSED, 2020, null, null,
                RecordSource.NONE, null));
    }

    @Test
    void theStatePageListsItsVisits() {
        String body = get("/states/SRB").body();

        assertThat(body).contains("Country visits").contains("2 June 2014 – 4 June 2014").contains(">2020</a>")
                .contains("&lt;b&gt;Met&lt;/b&gt; the national authority.");
        assertThat(get("/states/FJI").body()).contains("No visit to this State is recorded.");
    }

    @Test
    void aVisitPageShowsItsStatusAndSourceButNoStepsToThePublic() {
        var page = get("/country-visits/" + proposed.id());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Country visit to <span>Serbia</span>").contains("Proposed");
        assertThat(page.body()).doesNotContain("Change the status").doesNotContain("method=\"post\"");
        assertThat(get("/country-visits/" + conducted.id()).body()).contains("/events/" + BELGRADE_SLUG);
        assertThat(get("/country-visits/0").statusCode()).isEqualTo(404);
    }

    @Test
    void theListFiltersByStatusAndRefusesAnUnknownOne() {
        assertThat(get("/country-visits?status=conducted").body()).contains("1</span>–<span>1</span>");
        assertThat(get("/country-visits?status=cancelled").statusCode()).isEqualTo(400);
    }

    @Test
    void theApiGivesVisitsWithTheStatusesTheyMayMoveTo() {
        JsonNode list = okJson("/api/v1/country-visits?state=SRB");
        assertThat(list.get("page").get("totalItems").asInt()).isEqualTo(2);

        JsonNode visit = okJson("/api/v1/country-visits/" + proposed.id());
        assertThat(visit.get("status").asString()).isEqualTo("proposed");
        assertThat(texts(visit.get("nextStatuses"), "x")).hasSize(2);
        assertThat(visit.get("nextStatuses").get(0).asString()).isEqualTo("requested");
        assertThat(visit.get("year").asInt()).isEqualTo(2020);
        assertThat(okJson("/api/v1/country-visits/" + conducted.id()).get("nextStatuses").size()).isZero();
        problem(getJson("/api/v1/country-visits/x"), 404);
    }

    @Test
    void theCsvHasARowPerVisit() {
        var rows = csv("/exports/country-visits.csv");

        assertThat(rows).hasSize(2);
        assertThat(rows).extracting(r -> r.get("status")).containsExactlyInAnyOrder("conducted", "proposed");
        assertThat(rows).filteredOn(r -> r.get("status").equals("conducted")).singleElement()
                .satisfies(r -> assertThat(r.get("end_date")).isEqualTo("2014-06-04"));
    }
}
