package org.atlas1540.server.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.atlas1540.reference.StateCode;
import org.atlas1540.server.event.RecordSource;
import org.atlas1540.server.audit.AuditEntry;
import org.atlas1540.server.testing.RecordWebTestSupport;
import org.atlas1540.server.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Staff record visits and move them along their lifecycle with the forms and the API. */
class CountryVisitFormsTest extends RecordWebTestSupport {
    @Autowired
    CountryVisits visits;

    @Test
    void anEditorRecordsAVisitAndMovesItStepByStep() {
        assertThat(staffGet("/country-visits/new?state=NAM").statusCode()).isEqualTo(200);
        long id = redirectedId(staffPost("/country-visits", "state", "NAM", "status", "requested", "startDate",
                "2018-05-02", "endDate", "2018-05-04", "sourceText", "Note verbale"));

        var page = staffGet("/country-visits/" + id);
        assertThat(page.body()).contains("Scheduled: Dates were agreed").contains("Declined: Declined")
                .doesNotContain("Conducted: The visit took place");

        redirectedId(staffPost("/country-visits/" + id + "/status", "status", "scheduled", "version", "0"));
        redirectedId(staffPost("/country-visits/" + id + "/status", "status", "conducted", "version", "1"));
        assertThat(visits.find(new CountryVisitId(id)).orElseThrow().status()).isEqualTo(VisitStatus.CONDUCTED);
        assertThat(staffGet("/country-visits/" + id).body()).contains("its status is final");
        assertThat(audit(CountryVisits.RECORD_TYPE, id)).extracting(AuditEntry::action)
                .containsExactly("create", "status:dates_agreed", "status:took_place");
        assertThat(audit(CountryVisits.RECORD_TYPE, id).get(2).afterJson()).contains("CONDUCTED");
    }

    @Test
    void aStepTheLifecycleRefusesIsA409WithItsMessageAndChangesNothing() {
        CountryVisit visit = visits.create(new CountryVisitValues(StateCode.of("NAM"), VisitStatus.PROPOSED, 2018,
                null, null, RecordSource.NONE, null));

        var page = staffPost("/country-visits/" + visit.id() + "/status", "status", "conducted", "version", "0");

        assertThat(page.statusCode()).isEqualTo(409);
        assertThat(page.body()).contains("The status was not changed")
                .contains("A proposed visit cannot become conducted. From proposed it can become requested or declined.");
        assertThat(visits.find(visit.id()).orElseThrow().status()).isEqualTo(VisitStatus.PROPOSED);
        assertThat(audit(CountryVisits.RECORD_TYPE, visit.id())).extracting(AuditEntry::action).containsExactly("create");
    }

    @ParameterizedTest(name = "{0} = ''{1}''")
    @CsvSource(delimiter = '|', value = {
            "endDate   | 2018-04-30 | The end date 2018-04-30 is before the start date 2018-05-02.",
            "startDate | 2018-02-30 | Start date &#39;2018-02-30&#39; is not a date",
            "year      | 2017       | The year 2017 is not the start date&#39;s year (2018)",
            "state     | Narnia     | State &#39;Narnia&#39; is not the code of a known State",
            "status    | cancelled  | Status &#39;cancelled&#39; is not one of"})
    void aValueThatCannotBeUsedIsNamedBesideItsFieldAndNothingIsStored(String field, String value, String message) {
        var values = new java.util.LinkedHashMap<String, String>();
        values.put("state", "NAM");
        values.put("status", "requested");
        values.put("startDate", "2018-05-02");
        values.put(field, value);
        String[] pairs = values.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
                .toArray(String[]::new);

        var page = staffPost("/country-visits", pairs);

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("id=\"" + field + "-problem\"").contains(message);
        assertThat(TestData.count(jdbc, "country_visits")).isZero();
    }

    @Test
    void aSecondVisitStartingTheSameDayIsRefused() {
        visits.create(new CountryVisitValues(StateCode.of("NAM"), VisitStatus.SCHEDULED, null, LocalDate.of(2018, 5, 2),
                null, RecordSource.NONE, null));

        var page = staffPost("/country-visits", "state", "NAM", "status", "requested", "startDate", "2018-05-02");

        assertThat(page.statusCode()).isEqualTo(409);
        assertThat(page.body()).contains("id=\"startDate-problem\"").contains("NAM already has a visit starting 2 May 2018");
    }

    @Test
    void theApiRecordsAVisitAndRefusesAStepNotAllowed() {
        var created = staffJson("POST", "/api/v1/country-visits", """
                {"state": "ZMB", "status": "proposed", "year": "2018"}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = JSON.readTree(created.body()).get("id").asLong();

        JsonNode refused = problem(staffJson("POST", "/api/v1/country-visits/" + id + "/status", """
                {"status": "conducted", "version": 0}"""), 409);
        assertThat(refused.get("errors").get(0).get("field").asString()).isEqualTo("status");
        assertThat(refused.get("detail").asString()).contains("From proposed it can become requested or declined.");

        var moved = staffJson("POST", "/api/v1/country-visits/" + id + "/status", """
                {"status": "requested", "version": 0}""");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(JSON.readTree(moved.body()).get("status").asString()).isEqualTo("requested");

        JsonNode bad = problem(staffJson("POST", "/api/v1/country-visits", """
                {"state": "ZMB", "status": "proposed", "startDate": "2018-05-04", "endDate": "2018-05-01"}"""), 400);
        assertThat(texts(bad.get("errors"), "field")).containsExactly("endDate");
    }
}
