package org.atlas1540.server.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.atlas1540.reference.ReferenceData;
import org.atlas1540.reference.StateCode;
import org.atlas1540.server.event.EventInvolvement;
import org.atlas1540.server.event.EventTimeline;
import org.atlas1540.server.event.Involvement;
import org.atlas1540.server.state.StateRegister;
import org.atlas1540.server.testing.SharedFiles;
import org.atlas1540.server.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What importing does, on whichever database the subclass names: the same tests run on H2 and
 * on PostgreSQL.
 */
abstract class NoteImporterContract {
    static final String BELGRADE = "belgrade-2013-05.txt";
    static final String KIEV = "kiev-2013-11.txt";
    static final List<String> BELGRADE_STATES = List.of("ALB", "BIH", "HRV", "MNE", "SRB", "SVN", "MKD");
    static final List<String> EVENT_TABLES = List.of("source_documents", "events", "event_revisions", "event_parties",
            "sections", "event_topics", "event_resolutions", "facts", "event_warnings");

    @Autowired
    NoteImporter importer;

    @Autowired
    EventTimeline timeline;

    @Autowired
    StateRegister states;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void startEmpty() {
        TestData.deleteEvents(jdbc);
    }

    @Test
    void importingTheBelgradeNoteStoresItsEventWithItsSevenStatesAndItsOrganisations() {
        ImportResult result = importer.importFile(SharedFiles.sample(BELGRADE));

        assertThat(result.status()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(result.eventSlug()).isEqualTo("2013-05-09-belgrade-regional-workshop");
        assertThat(jdbc.sql("SELECT title FROM events").query(String.class).single())
                .isEqualTo("Regional Workshop on the Implementation of UNSC Resolution 1540 (2004)");
        assertThat(partyIds("participant", "state")).containsExactlyElementsOf(BELGRADE_STATES);
        assertThat(partyIds("organiser", "organisation")).containsExactly("OSCE", "UNODA");
        assertThat(partyIds("organiser", "state")).containsExactly("SRB");
        assertThat(partyIds("participant", "organisation"))
                .contains("BWC-ISU", "BAFA", "OPCW", "OSCE", "UNODA", "WHO", "1540-GOE");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM facts WHERE status = 'suggested'").query(Long.class).single())
                .isEqualTo(3);
        assertThat(jdbc.sql("SELECT resolution_number FROM event_resolutions ORDER BY resolution_number")
                .query(Integer.class).list()).contains(1540, 1977);
    }

    @Test
    void hostSpeakerAndRemoteRolesAreStoredBesideTheListsWhichStayAsTheNoteHasThem() {
        importer.importFile(SharedFiles.sample(BELGRADE));

        assertThat(partyIds("host", "state")).containsExactly("SRB");
        assertThat(partyIds("speaker", "organisation")).contains("OSCE", "UNODA", "OPCW", "1540-GOE");
        assertThat(partyIds("speaker", "state")).isEmpty();
        assertThat(partyIds("remote", "organisation")).containsExactly("BWC-ISU");
        assertThat(partyIds("participant", "state")).containsExactlyElementsOf(BELGRADE_STATES);
        assertThat(partyIds("organiser", "state")).containsExactly("SRB");
        assertThat(timeline.of(StateCode.of("SRB")).get(0).roles())
                .containsExactlyInAnyOrder(Involvement.ORGANISER, Involvement.PARTICIPANT, Involvement.HOST);
    }

    @Test
    void theStoredSourceKeepsTheOriginalBytesAndTheTextTheSpansPointInto() {
        byte[] original = SharedFiles.sampleBytes(BELGRADE);
        importer.importFile(SharedFiles.sample(BELGRADE));

        assertThat(jdbc.sql("SELECT original_bytes FROM source_documents").query((rs, n) -> rs.getBytes(1)).single())
                .isEqualTo(original);
        String text = jdbc.sql("SELECT extracted_text FROM source_documents").query(String.class).single();
        var span = jdbc.sql("SELECT span_start, span_end FROM event_parties WHERE state_code = 'MKD'")
                .query((rs, n) -> text.substring(rs.getInt("span_start"), rs.getInt("span_end"))).single();
        assertThat(span).isEqualTo("The former Yugoslav Republic of Macedonia");
        assertThat(jdbc.sql("SELECT original_file_name FROM source_documents").query(String.class).single())
                .isEqualTo(BELGRADE);
    }

    @Test
    void reimportingIdenticalBytesChangesNothing() {
        importer.importFile(SharedFiles.sample(BELGRADE));
        var before = rowCounts();

        ImportResult again = importer.importBytes("copy-with-another-name.txt", SharedFiles.sampleBytes(BELGRADE));

        assertThat(again.status()).isEqualTo(ImportStatus.UNCHANGED);
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void aChangedFileForTheSameEventIsStoredAsANewRevisionAndReplacesTheEventsData() {
        importer.importFile(SharedFiles.sample(BELGRADE));
        String changed = new String(SharedFiles.sampleBytes(BELGRADE), StandardCharsets.UTF_8)
                .replace("Serbia Slovenia", "Serbia, Slovenia");

        ImportResult result = importer.importBytes(BELGRADE, changed.getBytes(StandardCharsets.UTF_8));

        assertThat(result.status()).isEqualTo(ImportStatus.UPDATED);
        assertThat(result.eventSlug()).isEqualTo("2013-05-09-belgrade-regional-workshop");
        assertThat(TestData.count(jdbc, "events")).isEqualTo(1);
        assertThat(TestData.count(jdbc, "source_documents")).isEqualTo(2);
        assertThat(jdbc.sql("SELECT revision FROM event_revisions ORDER BY revision").query(Integer.class).list())
                .containsExactly(1, 2);
        assertThat(jdbc.sql("""
                SELECT r.revision FROM events e JOIN event_revisions r ON r.source_document_id = e.current_source_id""")
                .query(Integer.class).single()).isEqualTo(2);
        // The comma the first file lacked was warned about; the latest file has it, so no warning remains.
        assertThat(jdbc.sql("SELECT message FROM event_warnings").query(String.class).list())
                .noneMatch(w -> w.contains("no comma"));
        assertThat(partyIds("participant", "state")).containsExactlyElementsOf(BELGRADE_STATES);
    }

    @Test
    void aFileUnderAnotherNameWithTheSameTitleAndStartDateUpdatesTheEvent() {
        importer.importFile(SharedFiles.sample(BELGRADE));
        String changed = new String(SharedFiles.sampleBytes(BELGRADE), StandardCharsets.UTF_8)
                .replace("Bio-security and", "Biosecurity and");

        ImportResult result = importer.importBytes("belgrade-final.txt", changed.getBytes(StandardCharsets.UTF_8));

        assertThat(result.status()).isEqualTo(ImportStatus.UPDATED);
        assertThat(TestData.count(jdbc, "events")).isEqualTo(1);
    }

    @Test
    void twoDifferentNotesAreTwoEvents() {
        importer.importFile(SharedFiles.sample(BELGRADE));
        ImportResult kiev = importer.importFile(SharedFiles.sample(KIEV));

        assertThat(kiev.status()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(TestData.count(jdbc, "events")).isEqualTo(2);
        assertThat(jdbc.sql("SELECT venue_city FROM events WHERE slug = :slug").param("slug", kiev.eventSlug())
                .query(String.class).single()).isEqualTo("Kyiv");
    }

    @Test
    void aFileThatIsNotANoteFailsWithTheReadersMessageAndLeavesNoRows() {
        ImportResult result = importer.importBytes("shopping.txt", "eggs, milk, bread".getBytes(StandardCharsets.UTF_8));

        assertThat(result.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(result.reason()).contains("does not look like an information note");
        assertThat(result.eventSlug()).isNull();
        assertThat(rowCounts()).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
    }

    @Test
    void aMissingFileFailsWithoutStoringAnything() {
        ImportResult result = importer.importFile(java.nio.file.Path.of("no-such-note.txt"));

        assertThat(result.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(result.reason()).isEqualTo("no such file");
        assertThat(TestData.count(jdbc, "source_documents")).isZero();
    }

    @Test
    void aFailureHalfwayThroughStoringRollsBackTheWholeNote() {
        // Injected failure: Slovenia is missing from the reference tables, so the seventh
        // participant's row breaks a foreign key after the source, the event and earlier parties
        // were written.
        removeState("SVN");
        try {
            ImportResult result = importer.importFile(SharedFiles.sample(BELGRADE));

            assertThat(result.status()).isEqualTo(ImportStatus.FAILED);
            assertThat(result.reason()).startsWith("the database refused the note");
            assertThat(rowCounts()).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
        } finally {
            states.synchronise(List.of(ReferenceData.standard().states().get(StateCode.of("SVN"))));
        }
        assertThat(importer.importFile(SharedFiles.sample(BELGRADE)).status()).isEqualTo(ImportStatus.IMPORTED);
    }

    @Test
    void theTimelineOfAStateListsHowItTookPart() {
        importer.importFile(SharedFiles.sample(BELGRADE));
        importer.importFile(SharedFiles.sample(KIEV));

        List<EventInvolvement> serbia = timeline.of(StateCode.of("SRB"));
        EventInvolvement belgrade = serbia.stream()
                .filter(e -> e.slug().equals("2013-05-09-belgrade-regional-workshop")).findFirst().orElseThrow();
        assertThat(belgrade.roles()).containsExactlyInAnyOrder(Involvement.ORGANISER, Involvement.PARTICIPANT,
                Involvement.HOST);
        assertThat(timeline.of(StateCode.of("DEU")))
                .filteredOn(e -> e.slug().equals("2013-05-09-belgrade-regional-workshop"))
                .singleElement().satisfies(e -> assertThat(e.roles()).containsExactly(Involvement.NATIONAL_BODY));
        assertThat(timeline.eventCountsByState().get(StateCode.of("SVN")))
                .isEqualTo(timeline.of(StateCode.of("SVN")).size()).isPositive();
        assertThat(timeline.of(org.atlas1540.reference.OrganisationId.of("OSCE"))).isNotEmpty();
    }

    private List<String> partyIds(String role, String type) {
        String column = type.equals("state") ? "state_code" : "organisation_id";
        return jdbc.sql("SELECT " + column + " FROM event_parties WHERE role = :role AND party_type = :type "
                        + "ORDER BY position")
                .param("role", role).param("type", type).query(String.class).list();
    }

    private java.util.Map<String, Long> rowCounts() {
        var counts = new java.util.LinkedHashMap<String, Long>();
        EVENT_TABLES.forEach(t -> counts.put(t, TestData.count(jdbc, t)));
        return counts;
    }

    private void removeState(String code) {
        jdbc.sql("DELETE FROM state_groups WHERE state_code = :code").param("code", code).update();
        jdbc.sql("DELETE FROM states WHERE code = :code").param("code", code).update();
    }
}
