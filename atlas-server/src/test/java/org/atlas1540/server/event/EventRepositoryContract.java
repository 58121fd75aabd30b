package org.atlas1540.server.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.atlas1540.notes.EventKind;
import org.atlas1540.reference.StateCode;
import org.atlas1540.server.importing.NoteImporter;
import org.atlas1540.server.testing.SharedFiles;
import org.atlas1540.server.testing.TestData;
import org.atlas1540.server.web.ListPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The queries behind the event pages, on whichever database the subclass names. */
abstract class EventRepositoryContract {
    static final String BELGRADE_SLUG = "2013-05-09-belgrade-regional-workshop";

    @Autowired
    EventRepository events;

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

    @Test
    void theOverviewCountsEventsStatesOrganisationsAndNotes() {
        Overview overview = events.overview();

        assertThat(overview.events()).isEqualTo(3);
        assertThat(overview.notes()).isEqualTo(3);
        assertThat(overview.statesReached()).isGreaterThanOrEqualTo(9);
        assertThat(overview.organisations()).isPositive();
    }

    @Test
    void searchPagesNewestFirstWithUndatedEventsLast() {
        ListPage<EventListItem> first = events.search(EventFilter.none(), 2);
        ListPage<EventListItem> second = events.search(EventFilter.none().onPage(2), 2);

        assertThat(first.total()).isEqualTo(3);
        assertThat(first.items()).extracting(EventListItem::startDate).first().isNotNull();
        assertThat(first.items().get(0).startDate()).isAfter(first.items().get(1).startDate());
        assertThat(second.items()).singleElement().satisfies(e -> assertThat(e.startDate()).isNull());
    }

    @Test
    void searchFiltersByYearKindAndState() {
        assertThat(events.search(EventFilter.none().withYears(2013, 2013), 20).total()).isEqualTo(2);
        assertThat(events.search(EventFilter.none().withKind(EventKind.SEMINAR), 20).items())
                .singleElement().satisfies(e -> assertThat(e.title()).isEqualTo("Seminar on Export Controls"));
        assertThat(events.search(EventFilter.none().withYears(2013, 2013).withKind(EventKind.WORKSHOP)
                        .withState(StateCode.of("SVN")), 20).items())
                .extracting(EventListItem::slug).contains(BELGRADE_SLUG);
        assertThat(events.search(EventFilter.none().withState(StateCode.of("PER")), 20).total()).isEqualTo(1);
    }

    @Test
    void aListItemCountsTheParticipatingStates() {
        assertThat(events.search(EventFilter.none().withState(StateCode.of("SVN")), 20).items())
                .filteredOn(e -> e.slug().equals(BELGRADE_SLUG))
                .singleElement().satisfies(e -> assertThat(e.stateCount()).isEqualTo(7));
    }

    @Test
    void findReadsTheWholeEventBySlug() {
        EventDetails belgrade = events.find(BELGRADE_SLUG).orElseThrow();

        assertThat(belgrade.participatingStates()).extracting(PartyView::name).containsExactly("Albania",
                "Bosnia and Herzegovina", "Croatia", "Montenegro", "Serbia", "Slovenia", "North Macedonia");
        assertThat(belgrade.sections()).extracting(SectionView::heading)
                .containsExactly("Conference Objectives", "Background", "Highlights");
        assertThat(belgrade.facts()).extracting(FactView::type)
                .containsExactly("national-action-plan", "related-event", "recommendations");
        assertThat(belgrade.source().revision()).isEqualTo(1);
        assertThat(belgrade.source().importedAt()).isNotNull();
        assertThat(events.find("no-such-event")).isEmpty();
    }

    @Test
    void theFilterChoicesAreTheYearsKindsAndStatesThatOccur() {
        assertThat(events.years()).containsExactly(2013);
        assertThat(events.kinds()).contains("workshop", "seminar");
        assertThat(events.statesNamed()).containsEntry("SVN", "Slovenia").containsEntry("PER", "Peru");
    }

    @Test
    void theSourceIsTheOriginalBytes() {
        SourceDownload source = events.source(BELGRADE_SLUG).orElseThrow();

        assertThat(source.bytes()).isEqualTo(SharedFiles.sampleBytes("belgrade-2013-05.txt"));
        assertThat(source.mediaType()).isEqualTo("text/plain");
    }
}
