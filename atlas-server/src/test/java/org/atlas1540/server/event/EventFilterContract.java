package org.atlas1540.server.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.atlas1540.notes.EventKind;
import org.atlas1540.notes.Topic;
import org.atlas1540.reference.OrganisationId;
import org.atlas1540.reference.StateCode;
import org.atlas1540.server.importing.NoteImporter;
import org.atlas1540.server.testing.TestData;
import org.atlas1540.server.web.ListPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The events list's filters and orders, the home page's chart data, the engagement of States and
 * the groupings of States, on whichever database the subclass names. Four invented notes:
 * Belgrade 2012 (OSCE; Serbia, Slovenia, Croatia; UNODA attends; border security), Lima 2014
 * (UNODA seminar; Peru, Chile; export control), Suva 2016 (UNODA training course; Fiji, Samoa,
 * Tonga; biosecurity), and an undated meeting in Vienna (OSCE; Austria, Hungary).
 */
abstract class EventFilterContract {
    static final String BELGRADE = "2012-06-12-belgrade-regional-workshop";
    static final String LIMA = "2014-03-04-lima-national-seminar";
    static final String SUVA = "2016-10-20-suva-awareness-training-course";
    static final String VIENNA = "undated-vienna-meeting";

    @Autowired
    EventRepository events;

    @Autowired
    EventTimeline timeline;

    @Autowired
    StateGroupings groupings;

    @Autowired
    NoteImporter importer;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void fourNotes() {
        TestData.deleteEvents(jdbc);
        note("belgrade.txt", "Regional Workshop on Border Security", "OSCE", "Date and Venue\t12-13 June 2012, Belgrade, Serbia",
                "States: Serbia, Slovenia, Croatia\nOther: UNODA", "The workshop discussed border security.");
        note("lima.txt", "National Seminar on Export Controls", "UNODA", "Date and Venue\t4 March 2014, Lima, Peru",
                "States: Peru, Chile", "The seminar covered export control lists and licensing.");
        note("suva.txt", "Awareness Training Course on Biosecurity", "UNODA",
                "Date and Venue\t20-21 October 2016, Suva, Fiji", "States: Fiji, Samoa, Tonga",
                "The course covered biosafety and biosecurity in laboratories.");
        note("vienna.txt", "Meeting of Points of Contact", "OSCE", "Venue\tVienna, Austria", "States: Austria, Hungary",
                "The national points of contact met.");
    }

    private void note(String file, String title, String organiser, String dateAndVenue, String participants,
            String background) {
        String text = "Information Note\n\nEvent\t" + title + "\nOrganiser\t" + organiser + "\n" + dateAndVenue
                + "\nParticipants\t" + participants + "\n\n1. Background\n\n" + background + "\n";
        var result = importer.importBytes(file, text.getBytes(StandardCharsets.UTF_8));
        assertThat(result.failed()).as("import of %s: %s", file, result).isFalse();
    }

    private List<String> slugs(EventFilter filter) {
        return events.search(filter, 20).items().stream().map(EventListItem::slug).toList();
    }

    private StateGrouping region(String id) {
        return groupings.find(id).orElseThrow();
    }

    @Test
    void theNotesAreStoredUnderTheSlugsTheseTestsName() {
        assertThat(slugs(EventFilter.none())).containsExactly(SUVA, LIMA, BELGRADE, VIENNA);
    }

    @Test
    void aYearRangeKeepsEventsStartingInItAndNeverUndatedOnes() {
        assertThat(slugs(EventFilter.none().withYears(2013, 2015))).containsExactly(LIMA);
        assertThat(slugs(EventFilter.none().withYears(2014, null))).containsExactly(SUVA, LIMA);
        assertThat(slugs(EventFilter.none().withYears(null, 2014))).containsExactly(LIMA, BELGRADE);
        assertThat(slugs(EventFilter.none().withYears(2016, 2016))).containsExactly(SUVA);
        assertThat(slugs(EventFilter.none().withYears(2000, 2011))).isEmpty();
    }

    @Test
    void aRegionKeepsEventsHeldInOrAttendedByItsStates() {
        assertThat(slugs(EventFilter.none().withRegion(region("europe")))).containsExactly(BELGRADE, VIENNA);
        assertThat(slugs(EventFilter.none().withRegion(region("oceania")))).containsExactly(SUVA);
        assertThat(slugs(EventFilter.none().withRegion(region("americas")))).containsExactly(LIMA);
        assertThat(slugs(EventFilter.none().withRegion(region("southern-europe")))).containsExactly(BELGRADE);
        assertThat(slugs(EventFilter.none().withRegion(region("africa")))).isEmpty();
    }

    @Test
    void aUnRegionalGroupKeepsEventsOfItsStates() {
        // Hungary, which attended the Vienna meeting, is in the Eastern European group; Austria is not.
        assertThat(slugs(EventFilter.none().withRegion(region("eastern-european-states"))))
                .containsExactly(BELGRADE, VIENNA);
        assertThat(slugs(EventFilter.none().withRegion(region("latin-american-and-caribbean-states"))))
                .containsExactly(LIMA);
        assertThat(slugs(EventFilter.none().withRegion(region("asia-pacific-states")))).containsExactly(SUVA);
    }

    @Test
    void aStateKeepsEventsItAttendedOrHosted() {
        assertThat(slugs(EventFilter.none().withState(StateCode.of("HRV")))).containsExactly(BELGRADE);
        assertThat(slugs(EventFilter.none().withState(StateCode.of("TON")))).containsExactly(SUVA);
        assertThat(slugs(EventFilter.none().withState(StateCode.of("AUT")))).containsExactly(VIENNA);
        assertThat(slugs(EventFilter.none().withState(StateCode.of("FRA")))).isEmpty();
    }

    @Test
    void anOrganisationKeepsEventsItOrganisedOrAttended() {
        assertThat(slugs(EventFilter.none().withOrganisation(OrganisationId.of("OSCE")))).containsExactly(BELGRADE,
                VIENNA);
        assertThat(slugs(EventFilter.none().withOrganisation(OrganisationId.of("UNODA"))))
                .containsExactly(SUVA, LIMA, BELGRADE);
        assertThat(slugs(EventFilter.none().withOrganisation(OrganisationId.of("OPCW")))).isEmpty();
    }

    @Test
    void aTopicAndAKindKeepEventsAboutItAndOfIt() {
        assertThat(slugs(EventFilter.none().withTopic(Topic.BIOSECURITY))).containsExactly(SUVA);
        assertThat(slugs(EventFilter.none().withTopic(Topic.POINTS_OF_CONTACT))).containsExactly(VIENNA);
        assertThat(slugs(EventFilter.none().withKind(EventKind.TRAINING_COURSE))).containsExactly(SUVA);
        assertThat(slugs(EventFilter.none().withKind(EventKind.MEETING))).containsExactly(VIENNA);
        assertThat(slugs(EventFilter.none().withKind(EventKind.COUNTRY_VISIT))).isEmpty();
    }

    @Test
    void filtersCombineWithAnd() {
        assertThat(slugs(EventFilter.none().withOrganisation(OrganisationId.of("UNODA")).withRegion(region("europe"))))
                .containsExactly(BELGRADE);
        assertThat(slugs(EventFilter.none().withOrganisation(OrganisationId.of("UNODA")).withYears(2014, 2016)
                .withKind(EventKind.SEMINAR))).containsExactly(LIMA);
        assertThat(slugs(EventFilter.none().withOrganisation(OrganisationId.of("OSCE")).withTopic(Topic.BIOSECURITY)))
                .isEmpty();
        assertThat(slugs(EventFilter.none().withRegion(region("europe")).withState(StateCode.of("HUN"))
                .withTopic(Topic.POINTS_OF_CONTACT).withKind(EventKind.MEETING))).containsExactly(VIENNA);
        assertThat(events.search(EventFilter.none().withRegion(region("europe")).withYears(2012, 2012), 20).total())
                .isEqualTo(1);
    }

    @Test
    void theListSortsByDateEitherWayOrByTitleWithUndatedEventsLast() {
        assertThat(slugs(EventFilter.none().sortedBy(EventSort.NEWEST))).containsExactly(SUVA, LIMA, BELGRADE, VIENNA);
        assertThat(slugs(EventFilter.none().sortedBy(EventSort.OLDEST))).containsExactly(BELGRADE, LIMA, SUVA, VIENNA);
        assertThat(slugs(EventFilter.none().sortedBy(EventSort.TITLE))).containsExactly(SUVA, VIENNA, LIMA, BELGRADE);
        assertThat(slugs(EventFilter.none().withOrganisation(OrganisationId.of("UNODA")).sortedBy(EventSort.TITLE)))
                .containsExactly(SUVA, LIMA, BELGRADE);
    }

    @Test
    void pagesFollowTheOrderChosen() {
        ListPage<EventListItem> second = events.search(EventFilter.none().sortedBy(EventSort.OLDEST).onPage(2), 2);

        assertThat(second.total()).isEqualTo(4);
        assertThat(second.items()).extracting(EventListItem::slug).containsExactly(SUVA, VIENNA);
    }

    @Test
    void theFormsChoicesAreTheOrganisationsAndTopicsThatOccur() {
        assertThat(events.organisationsNamed()).containsKeys("OSCE", "UNODA").doesNotContainKey("OPCW");
        assertThat(events.topicsUsed()).containsExactly(Topic.EXPORT_CONTROL, Topic.BORDER_SECURITY,
                Topic.BIOSECURITY, Topic.POINTS_OF_CONTACT);
    }

    @Test
    void theChartCountsDatedEventsPerYearAndVenueAndTheUndatedApart() {
        assertThat(events.eventsPerYearAndVenue()).containsExactlyInAnyOrder(
                new YearVenueCount(2012, "SRB", 1), new YearVenueCount(2014, "PER", 1),
                new YearVenueCount(2016, "FJI", 1));
        assertThat(events.undatedEvents()).isEqualTo(1);
    }

    @Test
    void engagementCountsEventsAsPartyOrHostAndThoseSinceADate() {
        var engagement = timeline.engagementByState(LocalDate.of(2014, 1, 1));

        assertThat(engagement.get(StateCode.of("SRB"))).isEqualTo(new StateEngagement(1, 0, LocalDate.of(2012, 6, 12)));
        assertThat(engagement.get(StateCode.of("FJI"))).isEqualTo(new StateEngagement(1, 1, LocalDate.of(2016, 10, 20)));
        assertThat(engagement.get(StateCode.of("AUT"))).isEqualTo(new StateEngagement(1, 0, null));
        assertThat(engagement).doesNotContainKey(StateCode.of("FRA"));
    }

    @Test
    void theGroupingsAreTheUnGroupsThenEachRegionWithItsSubRegions() {
        List<StateGrouping> all = groupings.all();

        assertThat(all).extracting(StateGrouping::id).startsWith("african-states", "asia-pacific-states",
                "eastern-european-states", "latin-american-and-caribbean-states", "western-european-and-other-states",
                "africa", "northern-africa", "sub-saharan-africa", "americas");
        assertThat(region("southern-europe")).satisfies(g -> {
            assertThat(g.kind()).isEqualTo(StateGrouping.Kind.M49_SUBREGION);
            assertThat(g.parent()).isEqualTo("europe");
            assertThat(g.codes()).contains(StateCode.of("SRB"), StateCode.of("XKX")).doesNotContain(StateCode.of("FRA"));
        });
        // Türkiye is in two UN regional groups; the observer States are in none.
        assertThat(region("western-european-and-other-states").codes()).contains(StateCode.of("TUR"));
        assertThat(region("asia-pacific-states").codes()).contains(StateCode.of("TUR"))
                .doesNotContain(StateCode.of("PSE"));
        assertThat(region("europe").members()).extracting(StateGrouping.Member::name).contains("Serbia")
                .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertThat(groupings.find("atlantis")).isEmpty();
    }
}
