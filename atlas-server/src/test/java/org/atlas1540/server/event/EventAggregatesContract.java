package org.atlas1540.server.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.atlas1540.notes.Topic;
import org.atlas1540.reference.OrganisationId;
import org.atlas1540.reference.StateCode;
import org.atlas1540.server.importing.NoteImporter;
import org.atlas1540.server.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The counts over all events that pages keep between requests follow what is stored: a note imported,
 * revised or imported again unchanged, on whichever database the subclass names.
 */
abstract class EventAggregatesContract {
    @Autowired
    EventAggregates aggregates;

    @Autowired
    EventTimeline timeline;

    @Autowired
    EventRepository events;

    @Autowired
    NoteImporter importer;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void oneNote() {
        TestData.deleteEvents(jdbc);
        note("belgrade.txt", "Regional Workshop on Border Security", "12-13 June 2012, Belgrade, Serbia",
                "Serbia, Slovenia");
    }

    private void note(String file, String title, String dateAndVenue, String states) {
        String text = "Information Note\n\nEvent\t" + title + "\nOrganiser\tOSCE\nDate and Venue\t" + dateAndVenue
                + "\nParticipants\tStates: " + states + "\n\n1. Background\n\nThe workshop discussed border security.\n";
        var result = importer.importBytes(file, text.getBytes(StandardCharsets.UTF_8));
        assertThat(result.failed()).as("import of %s: %s", file, result).isFalse();
    }

    @Test
    void theVersionChangesWithEachNoteStoredAndNotWithAnUnchangedImport() {
        DataVersion before = events.version();
        note("belgrade.txt", "Regional Workshop on Border Security", "12-13 June 2012, Belgrade, Serbia",
                "Serbia, Slovenia");
        assertThat(events.version()).isEqualTo(before);

        note("lima.txt", "National Seminar on Export Controls", "4 March 2014, Lima, Peru", "Peru, Chile");
        assertThat(events.version().revisions()).isEqualTo(before.revisions() + 1);
        assertThat(events.version().latestSource()).isGreaterThan(before.latestSource());
    }

    @Test
    void countsKeptFromAnEarlierRequestFollowANewNote() {
        assertThat(timeline.eventCountsByState()).containsEntry(StateCode.of("SRB"), 1)
                .doesNotContainKey(StateCode.of("PER"));
        assertThat(aggregates.overview().events()).isEqualTo(1);
        assertThat(aggregates.filterChoices().states()).containsKey("SVN").doesNotContainKey("PER");

        note("lima.txt", "National Seminar on Export Controls", "4 March 2014, Lima, Peru", "Peru, Chile, Serbia");

        assertThat(timeline.eventCountsByState()).containsEntry(StateCode.of("SRB"), 2)
                .containsEntry(StateCode.of("PER"), 1);
        assertThat(timeline.engagementByState(LocalDate.of(2013, 1, 1)).get(StateCode.of("SRB")))
                .isEqualTo(new StateEngagement(2, 1, LocalDate.of(2014, 3, 4)));
        assertThat(timeline.eventCountsByOrganisation()).containsEntry(OrganisationId.of("OSCE"), 2);
        assertThat(aggregates.overview().events()).isEqualTo(2);
        assertThat(aggregates.filterChoices().states()).containsKeys("PER", "CHL");
        assertThat(aggregates.filterChoices().topics()).contains(Topic.BORDER_SECURITY);
        assertThat(aggregates.filterChoices().years()).containsExactly(2014, 2012);
        assertThat(aggregates.chart().perYearAndVenue()).contains(new YearVenueCount(2014, "PER", 1));
    }

    @Test
    void countsKeptFromAnEarlierRequestFollowARevisedNote() {
        assertThat(timeline.eventCountsByState()).containsKey(StateCode.of("SVN"));

        // the same file name, changed: a revision of the same event, Slovenia no longer in it
        note("belgrade.txt", "Regional Workshop on Border Security", "12-13 June 2012, Belgrade, Serbia",
                "Serbia, Croatia");

        assertThat(timeline.eventCountsByState()).containsKey(StateCode.of("HRV"))
                .doesNotContainKey(StateCode.of("SVN"));
        assertThat(aggregates.overview().events()).isEqualTo(1);
        assertThat(aggregates.overview().notes()).isEqualTo(2);
    }

    @Test
    void theCountsAreThoseOfTheQueriesTheyKeep() {
        note("lima.txt", "National Seminar on Export Controls", "4 March 2014, Lima, Peru", "Peru, Chile");

        assertThat(aggregates.overview()).isEqualTo(events.overview());
        assertThat(aggregates.filterChoices().states()).isEqualTo(events.statesNamed());
        assertThat(aggregates.filterChoices().organisations()).isEqualTo(events.organisationsNamed());
        assertThat(aggregates.chart().undated()).isEqualTo(events.undatedEvents());
    }
}
