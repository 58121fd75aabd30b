package org.atlas1540.server.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.commons.csv.CSVRecord;
import org.atlas1540.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The exports through real HTTP, read back with commons-csv, Jackson and ical4j. */
class EventExportTest extends ExportTestSupport {
    static final String KYIV_SLUG = "2013-11-05-kyiv-regional-workshop";
    static final String VIENNA_SLUG = "2015-03-03-vienna-workshop";

    @Test
    void theEventsCsvHasARowPerEventWithItsPartiesByIdNewestFirst() {
        Csv csv = csv("/exports/events.csv");

        assertThat(csv.header()).containsExactly("slug", "title", "kind", "start_date", "end_date", "venue", "city",
                "country", "organisers", "participating_states", "other_participants", "topics", "resolutions", "url");
        assertThat(csv.column("slug")).containsExactly(VIENNA_SLUG, KYIV_SLUG, BELGRADE_SLUG);
        CSVRecord belgrade = csv.row("slug", BELGRADE_SLUG);
        assertThat(belgrade.get("title")).isEqualTo("Regional Workshop on the Implementation of UNSC Resolution 1540 (2004)");
        assertThat(belgrade.get("kind")).isEqualTo("workshop");
        assertThat(belgrade.get("start_date")).isEqualTo("2013-05-09");
        assertThat(belgrade.get("end_date")).isEqualTo("2013-05-10");
        assertThat(belgrade.get("city")).isEqualTo("Belgrade");
        assertThat(belgrade.get("country")).isEqualTo("SRB");
        assertThat(belgrade.get("organisers")).isEqualTo("SRB; OSCE; UNODA");
        assertThat(belgrade.get("participating_states")).isEqualTo("ALB; BIH; HRV; MNE; SRB; SVN; MKD");
        assertThat(belgrade.get("other_participants")).startsWith("BWC-ISU; BAFA;").endsWith("; 1540-GOE");
        assertThat(belgrade.get("topics"))
                .isEqualTo("national-action-plans; assistance; effective-practices; biosecurity; regional-cooperation");
        assertThat(belgrade.get("resolutions")).isEqualTo("1540 (2004); 1977 (2011)");
        assertThat(belgrade.get("url")).isEqualTo(base() + "/events/" + BELGRADE_SLUG);
    }

    @Test
    void theEventsCsvKeepsANotesMarkupAsPlainText() {
        CSVRecord vienna = csv("/exports/events.csv").row("slug", VIENNA_SLUG);

        assertThat(vienna.get("title")).isEqualTo("Workshop on <script>alert('owned')</script> Export Controls");
        assertThat(vienna.get("participating_states")).isEqualTo("AUT; HUN");
    }

    @Test
    void theEventsCsvHonoursTheListsFilters() {
        assertThat(csv("/exports/events.csv?state=UKR").column("slug")).containsExactly(KYIV_SLUG);
        assertThat(csv("/exports/events.csv?from=2013&to=2013&sort=date-asc").column("slug"))
                .containsExactly(BELGRADE_SLUG, KYIV_SLUG);
        assertThat(csv("/exports/events.csv?organisation=OSCE&topic=biosecurity").column("slug"))
                .containsExactly(BELGRADE_SLUG);
        assertThat(csv("/exports/events.csv?kind=seminar").rows()).isEmpty();
    }

    @Test
    void anExportWithABadFilterIsA400ProblemAndNoFile() {
        var response = request("GET", "/exports/events.csv?from=next-year", "text/csv");

        assertThat(problem(response, 400).get("parameter").asString()).isEqualTo("from");
        assertThat(response.headers().firstValue("Content-Disposition")).isEmpty();
        assertThat(problem(getJson("/exports/events.json?region=narnia"), 400).get("value").asString())
                .isEqualTo("narnia");
        problem(request("GET", "/exports/participation.csv?state=ZZZ", "text/csv"), 400);
    }

    @Test
    void theEventsJsonIsAnArrayOfEventsWithPartiesTopicsAndResolutions() {
        var response = getJson("/exports/events.json?to=2013");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"atlas-1540-events.json\"");
        JsonNode events = JSON.readTree(response.body());
        assertThat(texts(events, "slug")).containsExactly(KYIV_SLUG, BELGRADE_SLUG);
        JsonNode belgrade = events.get(1);
        assertThat(belgrade.get("startDate").asString()).isEqualTo("2013-05-09");
        assertThat(belgrade.get("venue").get("country").asString()).isEqualTo("SRB");
        assertThat(belgrade.get("participants").valueStream().filter(p -> p.get("type").asString().equals("state"))
                .map(p -> p.get("id").asString()).toList())
                .containsExactly("ALB", "BIH", "HRV", "MNE", "SRB", "SVN", "MKD");
        assertThat(texts(belgrade.get("organisers"), "id")).containsExactly("SRB", "OSCE", "UNODA");
        assertThat(belgrade.get("topics").get(0).asString()).isEqualTo("national-action-plans");
        assertThat(belgrade.get("resolutions").get(1).get("number").asInt()).isEqualTo(1977);
        assertThat(belgrade.get("links").get("html").asString()).isEqualTo(base() + "/events/" + BELGRADE_SLUG);
    }

    @Test
    void theParticipationMatrixHasEveryStateAgainstEveryEventOldestFirst() {
        Csv matrix = csv("/exports/participation.csv");

        assertThat(matrix.header()).containsExactly("state", "name", "events", BELGRADE_SLUG, KYIV_SLUG, VIENNA_SLUG);
        assertThat(matrix.rows()).hasSize(ReferenceData.standard().states().all().size());
        assertThat(matrix.row("state", "SRB").values()).containsExactly("SRB", "Serbia", "2", "1", "1", "");
        assertThat(matrix.row("state", "UKR").values()).containsExactly("UKR", "Ukraine", "1", "", "1", "");
        assertThat(matrix.row("state", "AUT").values()).containsExactly("AUT", "Austria", "1", "", "", "1");
        assertThat(matrix.row("state", "FJI").values()).containsExactly("FJI", "Fiji", "0", "", "", "");
        assertThat(matrix.column("state").get(0)).isEqualTo("AFG");
        long belgradeStates = matrix.column(BELGRADE_SLUG).stream().filter("1"::equals).count();
        assertThat(belgradeStates).isEqualTo(7);
    }

    @Test
    void theParticipationMatrixHonoursTheFilters() {
        Csv matrix = csv("/exports/participation.csv?from=2014");

        assertThat(matrix.header()).containsExactly("state", "name", "events", VIENNA_SLUG);
        assertThat(matrix.row("state", "HUN").values()).containsExactly("HUN", "Hungary", "1", "1");
    }

    @Test
    void theCalendarHasAnAllDayEventPerEventWithAnExclusiveEnd() {
        List<VEvent> events = calendar("/exports/events.ics");

        assertThat(events).extracting(e -> value(e, "UID")).containsExactly(VIENNA_SLUG + "@atlas1540",
                KYIV_SLUG + "@atlas1540", BELGRADE_SLUG + "@atlas1540");
        VEvent belgrade = events.get(2);
        assertThat(value(belgrade, "DTSTART")).isEqualTo("20130509");
        assertThat(belgrade.getProperty("DTSTART").orElseThrow().getParameter("VALUE").orElseThrow().getValue())
                .isEqualTo("DATE");
        assertThat(value(belgrade, "DTEND")).as("the day after the last day, 10 May").isEqualTo("20130511");
        assertThat(value(belgrade, "SUMMARY"))
                .isEqualTo("Regional Workshop on the Implementation of UNSC Resolution 1540 (2004)");
        assertThat(value(belgrade, "LOCATION")).isEqualTo("Belgrade, Serbia");
        assertThat(value(belgrade, "URL")).isEqualTo(base() + "/events/" + BELGRADE_SLUG);
        assertThat(value(belgrade, "DTSTAMP")).isNotBlank();
    }

    @Test
    void calendarUidsStayTheSameFromOneDownloadToTheNext() {
        assertThat(calendar("/exports/events.ics")).extracting(e -> value(e, "UID"))
                .containsExactlyElementsOf(calendar("/exports/events.ics").stream().map(e -> value(e, "UID")).toList());
    }

    @Test
    void aStatesCalendarHasTheEventsItsPageLists() {
        assertThat(calendar("/states/SRB/events.ics")).extracting(e -> value(e, "UID"))
                .containsExactly(KYIV_SLUG + "@atlas1540", BELGRADE_SLUG + "@atlas1540");
        assertThat(calendar("/states/AUT/events.ics")).extracting(e -> value(e, "UID"))
                .containsExactly(VIENNA_SLUG + "@atlas1540");
        assertThat(calendar("/states/FJI/events.ics")).isEmpty();
    }

    @Test
    void anOrganisationsCalendarHasTheEventsItsPageLists() {
        assertThat(calendar("/organisations/OSCE/events.ics")).extracting(e -> value(e, "UID"))
                .containsExactly(KYIV_SLUG + "@atlas1540", BELGRADE_SLUG + "@atlas1540");
        assertThat(calendar("/organisations/UNODA/events.ics")).hasSize(3);
    }

    @Test
    void theCalendarOfAnUnknownStateOrOrganisationIsA404Problem() {
        assertThat(problem(request("GET", "/states/XYZ/events.ics", "text/calendar"), 404).get("detail").asString())
                .isEqualTo("There is no State with the id 'XYZ'.");
        problem(request("GET", "/states/serbia/events.ics", "text/calendar"), 404);
        problem(request("GET", "/organisations/NOPE/events.ics", "text/calendar"), 404);
    }

    @Test
    void theEventsStateAndOrganisationPagesLinkToTheExports() {
        String list = get("/events?year=2013&state=SVN").body();
        String state = get("/states/SRB").body();
        String organisation = get("/organisations/OSCE").body();

        assertThat(list).contains("href=\"/exports/events.csv?from=2013&amp;to=2013&amp;state=SVN\"")
                .contains("href=\"/exports/events.json?from=2013&amp;to=2013&amp;state=SVN\"")
                .contains("href=\"/exports/participation.csv?from=2013&amp;to=2013&amp;state=SVN\"")
                .contains("href=\"/exports/events.ics\"");
        assertThat(state).contains("href=\"/states/SRB/events.ics\"").contains("href=\"/exports/events.csv?state=SRB\"");
        assertThat(organisation).contains("href=\"/organisations/OSCE/events.ics\"")
                .contains("href=\"/exports/events.csv?organisation=OSCE\"");
    }

    @Test
    void theLinkedExportsAnswer() {
        assertThat(csv("/exports/events.csv?from=2013&to=2013&state=SVN").column("slug"))
                .containsExactly(KYIV_SLUG, BELGRADE_SLUG);
    }
}
