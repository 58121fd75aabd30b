package org.atlas1540.server.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.atlas1540.server.importing.NoteImporter;
import org.atlas1540.server.testing.SharedFiles;
import org.atlas1540.server.testing.TestData;
import org.atlas1540.server.web.ListPage;
import org.atlas1540.server.web.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The SQL behind the API and the exports, on whichever database the subclass names. */
abstract class EventQueriesContract {
    static final String BELGRADE = "2013-05-09-belgrade-regional-workshop";
    static final String KYIV = "2013-11-05-kyiv-regional-workshop";
    static final String LIMA = "lima-seminar";

    @Autowired
    EventQueries queries;

    @Autowired
    EventApiQueries documents;

    @Autowired
    EventCatalogue catalogue;

    @Autowired
    StateGroupings groupings;

    @Autowired
    NoteImporter importer;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void twoSamplesAndAnUndatedNote() {
        TestData.deleteEvents(jdbc);
        importer.importFile(SharedFiles.sample("belgrade-2013-05.txt"));
        importer.importFile(SharedFiles.sample("kiev-2013-11.txt"));
        importer.importBytes("undated.txt", """
                Information Note

                Event\tSeminar on Export Controls
                Organiser\tUNODA
                Venue\tLima, Peru
                Participants\tStates: Peru, Chile
                """.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> slugs(EventQuery query) {
        return queries.page(EventCatalogue.filter(query, groupings), 20).items().stream().map(EventSummary::slug)
                .toList();
    }

    private static EventQuery params(String from, String to, String region, String state, String organisation,
            String topic, String kind, String sort) {
        return new EventQuery(from, to, null, region, state, organisation, topic, kind, sort, null);
    }

    @Test
    void everyEventNewestFirstWithUndatedLast() {
        List<String> slugs = slugs(EventQuery.empty());

        assertThat(slugs).hasSize(3);
        assertThat(slugs.subList(0, 2)).containsExactly(KYIV, BELGRADE);
        assertThat(slugs.get(2)).contains("lima");
    }

    @Test
    void oldestFirstStillPutsUndatedEventsLast() {
        assertThat(slugs(params(null, null, null, null, null, null, null, "date-asc")).subList(0, 2))
                .containsExactly(BELGRADE, KYIV);
    }

    @Test
    void byTitleThenNewestFirst() {
        List<String> slugs = slugs(params(null, null, null, null, null, null, null, "title"));

        assertThat(slugs).containsExactly(KYIV, BELGRADE, slugs.get(2));
        assertThat(slugs.get(2)).contains("lima");
    }

    @Test
    void aYearRangeLeavesOutUndatedEvents() {
        assertThat(slugs(params("2013", "2013", null, null, null, null, null, null))).containsExactly(KYIV, BELGRADE);
        assertThat(slugs(params("2014", null, null, null, null, null, null, null))).isEmpty();
        assertThat(slugs(params(null, "2012", null, null, null, null, null, null))).isEmpty();
    }

    @Test
    void regionStateOrganisationTopicAndKindNarrowTheList() {
        assertThat(slugs(params(null, null, "latin-american-and-caribbean-states", null, null, null, null, null)))
                .singleElement().asString().contains("lima");
        assertThat(slugs(params(null, null, "africa", null, null, null, null, null))).containsExactly(KYIV);
        assertThat(slugs(params(null, null, null, "CHL", null, null, null, null))).singleElement().asString()
                .contains("lima");
        assertThat(slugs(params(null, null, null, "SRB", null, null, null, null))).containsExactly(KYIV, BELGRADE);
        assertThat(slugs(params(null, null, null, null, "OSCE", null, null, null))).containsExactly(KYIV, BELGRADE);
        assertThat(slugs(params(null, null, null, null, null, "biosecurity", null, null))).containsExactly(BELGRADE);
        assertThat(slugs(params(null, null, null, null, null, null, "seminar", null))).singleElement().asString()
                .contains("lima");
        assertThat(slugs(params("2013", null, "eastern-european-states", "ALB", "UNODA", "assistance", "workshop", null)))
                .containsExactly(KYIV, BELGRADE);
    }

    @Test
    void aPageKnowsTheTotalAndCountsParticipatingStates() {
        ListPage<EventSummary> second = queries.page(EventFilter.none().onPage(2), 1);

        assertThat(second.total()).isEqualTo(3);
        assertThat(second.items()).singleElement().satisfies(e -> {
            assertThat(e.slug()).isEqualTo(BELGRADE);
            assertThat(e.participatingStates()).isEqualTo(7);
            assertThat(e.country()).isEqualTo("SRB");
            assertThat(e.city()).isEqualTo("Belgrade");
        });
        assertThat(queries.page(EventFilter.none().onPage(4), 1).items()).isEmpty();
    }

    @Test
    void theCatalogueGivesEveryEventWithItsPartiesTopicsAndResolutions() {
        List<EventRecord> events = catalogue.events(params("2013", "2013", null, null, null, null, null, "date-asc"));

        assertThat(events).extracting(EventRecord::slug).containsExactly(BELGRADE, KYIV);
        EventRecord belgrade = events.get(0);
        assertThat(belgrade.participants().stream().filter(EventRecord.Party::isState).map(EventRecord.Party::id))
                .containsExactly("ALB", "BIH", "HRV", "MNE", "SRB", "SVN", "MKD");
        assertThat(belgrade.organisers()).extracting(EventRecord.Party::id).containsExactly("SRB", "OSCE", "UNODA");
        assertThat(belgrade.topics()).containsExactly("national-action-plans", "assistance", "effective-practices",
                "biosecurity", "regional-cooperation");
        assertThat(belgrade.resolutions()).extracting(EventRecord.Resolution::number).containsExactly(1540, 1977);
    }

    @Test
    void anEventDocumentQuotesEachFactsSpanFromTheNotesText() {
        EventJson.Event belgrade = documents.find(BELGRADE).orElseThrow();

        EventJson.Fact plan = belgrade.facts().get(0);
        assertThat(plan.quote()).startsWith("The host was the first State in the region to prepare such a plan");
        assertThat(plan.quote()).hasSize(plan.span().end() - plan.span().start());
        assertThat(plan.details().get("status").asString()).isEqualTo("prepared");
        assertThat(plan.details().has("span")).isFalse();
        assertThat(belgrade.participants()).filteredOn(p -> p.type().equals("state")).hasSize(7);
        assertThat(belgrade.sections()).extracting(EventJson.Section::number).containsExactly(1, 2, 3);
        assertThat(belgrade.source().revision()).isEqualTo(1);
        assertThat(documents.find("no-such-event")).isEmpty();
    }

    @Test
    void factsFilterByTypeAndStateAndPage() {
        assertThat(documents.facts(null, null, new PageRequest(1, 20)).total()).isEqualTo(7);
        assertThat(documents.facts("country-visit", null, new PageRequest(1, 20)).items())
                .extracting(EventJson.FactItem::state).containsExactly("ALB", "MDA");
        assertThat(documents.facts(null, org.atlas1540.reference.StateCode.of("SRB"), new PageRequest(1, 20)).items())
                .extracting(EventJson.FactItem::type).containsExactly("national-action-plan");
        ListPage<EventJson.FactItem> last = documents.facts(null, null, new PageRequest(3, 3));
        assertThat(last.items()).singleElement().satisfies(f -> {
            assertThat(f.event().slug()).isEqualTo(BELGRADE);
            assertThat(f.type()).isEqualTo("recommendations");
            assertThat(f.quote()).hasSize(f.span().end() - f.span().start());
        });
    }
}
