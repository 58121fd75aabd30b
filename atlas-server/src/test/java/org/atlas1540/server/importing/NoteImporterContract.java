package org.atlas1540.server.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.atlas1540.notes.NoteJson;
import org.atlas1540.reference.ReferenceData;
import org.atlas1540.reference.StateCode;
import org.atlas1540.server.event.EventDocuments;
import org.atlas1540.server.event.EventInvolvement;
import org.atlas1540.server.event.EventStored;
import org.atlas1540.server.event.EventTimeline;
import org.atlas1540.server.event.Involvement;
import org.atlas1540.server.generate.GeneratedNote;
import org.atlas1540.server.generate.NoteGenerator;
import org.atlas1540.server.state.StateRegister;
import org.atlas1540.server.testing.SharedFiles;
import org.atlas1540.server.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * What importing does, on whichever database the subclass names: the same tests run on H2 and
 * on PostgreSQL.
 */
@RecordApplicationEvents
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

    @Autowired
    EventDocuments documents;

    @Autowired
    ApplicationEvents applicationEvents;

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

    @Test
    void aBulkImportStoresEveryNoteInItsOrderAndSaysSoForEachFile() throws IOException {
        List<Path> files = write(generated(7));

        var progress = new ArrayList<ImportResult>();
        ImportSummary summary = importer.importFiles(files, progress::add);

        assertThat(summary.results()).extracting(ImportResult::status).containsOnly(ImportStatus.IMPORTED);
        assertThat(progress).isEqualTo(summary.results());
        assertThat(summary.results()).extracting(ImportResult::source)
                .containsExactlyElementsOf(files.stream().map(Path::toString).toList());
        assertThat(TestData.count(jdbc, "events")).isEqualTo(7);
        assertThat(jdbc.sql("SELECT slug FROM events ORDER BY id").query(String.class).list())
                .containsExactlyElementsOf(summary.results().stream().map(ImportResult::eventSlug).toList());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM event_revisions WHERE revision = 1").query(Long.class).single())
                .isEqualTo(7);
    }

    @Test
    void aNoteTheDatabaseRefusesInTheMiddleOfABulkImportFailsAloneAndItsNeighboursAreStored() throws IOException {
        // Injected failure: Slovenia is missing from the reference tables, so the Belgrade note's
        // participant row breaks a foreign key; the generated notes around it name no Slovenia.
        List<GeneratedNote> notes = generated(6).stream().filter(n -> !namesSlovenia(n)).limit(4).toList();
        Path folder = TestData.newDirectory("bulk");
        var files = new ArrayList<Path>();
        files.add(copy(notes.get(0), folder));
        files.add(copy(notes.get(1), folder));
        files.add(Files.copy(SharedFiles.sample(BELGRADE), folder.resolve(BELGRADE)));
        files.add(copy(notes.get(2), folder));
        files.add(copy(notes.get(3), folder));
        removeState("SVN");
        ImportSummary summary;
        try {
            summary = importer.importFiles(files, r -> { });
        } finally {
            states.synchronise(List.of(ReferenceData.standard().states().get(StateCode.of("SVN"))));
        }

        assertThat(summary.results()).extracting(ImportResult::status).containsExactly(ImportStatus.IMPORTED,
                ImportStatus.IMPORTED, ImportStatus.FAILED, ImportStatus.IMPORTED, ImportStatus.IMPORTED);
        assertThat(summary.failures().get(0).reason()).startsWith("the database refused the note");
        assertThat(TestData.count(jdbc, "events")).isEqualTo(4);
        assertThat(TestData.count(jdbc, "source_documents")).isEqualTo(4);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM source_documents WHERE original_file_name = :name")
                .param("name", BELGRADE).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM events WHERE title LIKE '%UNSC Resolution 1540%'")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT event_id) FROM event_parties").query(Long.class).single())
                .isEqualTo(4);
    }

    @Test
    void importingTheSameFilesAgainInBulkChangesNothing() throws IOException {
        List<Path> files = write(generated(5));
        importer.importFiles(files, r -> { });
        var before = rowCounts();

        ImportSummary again = importer.importFiles(files, r -> { });

        assertThat(again.results()).extracting(ImportResult::status).containsOnly(ImportStatus.UNCHANGED);
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void theSameBytesTwiceInOneBulkImportAreStoredOnce() throws IOException {
        Path folder = TestData.newDirectory("bulk");
        byte[] bytes = SharedFiles.sampleBytes(BELGRADE);
        Path first = Files.write(folder.resolve("a-belgrade.txt"), bytes);
        Path second = Files.write(folder.resolve("b-copy.txt"), bytes);

        ImportSummary summary = importer.importFiles(List.of(first, second), r -> { });

        assertThat(summary.results()).extracting(ImportResult::status)
                .containsExactly(ImportStatus.IMPORTED, ImportStatus.UNCHANGED);
        assertThat(summary.results().get(1).eventSlug()).isEqualTo(summary.results().get(0).eventSlug());
        assertThat(TestData.count(jdbc, "source_documents")).isEqualTo(1);
    }

    @Test
    void aChangedFileLaterInTheSameBulkImportIsTheNextRevisionOfTheEventAndTheEventShowsIt() throws IOException {
        Path folder = TestData.newDirectory("bulk");
        List<GeneratedNote> others = generated(2);
        String changed = new String(SharedFiles.sampleBytes(BELGRADE), StandardCharsets.UTF_8)
                .replace("Serbia Slovenia", "Serbia, Slovenia");
        List<Path> files = List.of(copy(others.get(0), folder),
                Files.copy(SharedFiles.sample(BELGRADE), folder.resolve("belgrade-draft.txt")),
                copy(others.get(1), folder),
                Files.writeString(folder.resolve("belgrade-final.txt"), changed));

        ImportSummary summary = importer.importFiles(files, r -> { });

        assertThat(summary.results()).extracting(ImportResult::status).containsExactly(ImportStatus.IMPORTED,
                ImportStatus.IMPORTED, ImportStatus.IMPORTED, ImportStatus.UPDATED);
        assertThat(summary.results().get(3).eventSlug()).isEqualTo("2013-05-09-belgrade-regional-workshop");
        assertThat(TestData.count(jdbc, "events")).isEqualTo(3);
        assertThat(jdbc.sql("""
                SELECT s.original_file_name FROM events e JOIN source_documents s ON s.id = e.current_source_id
                WHERE e.slug = '2013-05-09-belgrade-regional-workshop'""").query(String.class).single())
                .isEqualTo("belgrade-final.txt");
        assertThat(jdbc.sql("""
                SELECT r.revision FROM events e JOIN event_revisions r ON r.event_id = e.id
                WHERE e.slug = '2013-05-09-belgrade-regional-workshop' ORDER BY r.revision""")
                .query(Integer.class).list()).containsExactly(1, 2);
        assertThat(jdbc.sql("SELECT message FROM event_warnings").query(String.class).list())
                .noneMatch(w -> w.contains("no comma"));
    }

    @Test
    void aChangedFileInABulkImportRevisesAnEventStoredBefore() throws IOException {
        importer.importFile(SharedFiles.sample(BELGRADE));
        Path folder = TestData.newDirectory("bulk");
        String changed = new String(SharedFiles.sampleBytes(BELGRADE), StandardCharsets.UTF_8)
                .replace("Serbia Slovenia", "Serbia, Slovenia");
        List<Path> files = List.of(copy(generated(1).get(0), folder),
                Files.writeString(folder.resolve(BELGRADE), changed));

        ImportSummary summary = importer.importFiles(files, r -> { });

        assertThat(summary.results()).extracting(ImportResult::status)
                .containsExactly(ImportStatus.IMPORTED, ImportStatus.UPDATED);
        assertThat(TestData.count(jdbc, "events")).isEqualTo(2);
        assertThat(jdbc.sql("SELECT MAX(revision) FROM event_revisions").query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void theSearchDocumentsABulkImportHandsToTheIndexAreItsEventsAsTheDatabaseReadsThemBack() throws IOException {
        List<Path> files = new ArrayList<>(write(generated(12)));
        files.add(Files.copy(SharedFiles.sample(BELGRADE), files.get(0).getParent().resolve(BELGRADE)));

        importer.importFiles(files, r -> { });

        List<EventStored> stored = applicationEvents.stream(EventStored.class).toList();
        assertThat(stored).hasSize(files.size());
        for (EventStored event : stored) {
            assertThat(event.document()).as("document of event %s", event.event()).isNotNull()
                    .isEqualTo(documents.find(event.event()).orElseThrow());
        }
    }

    @Test
    void aBulkImportReportsFilesThatCannotBeReadAndStoresTheRest() throws IOException {
        Path folder = TestData.newDirectory("bulk");
        List<Path> files = List.of(copy(generated(1).get(0), folder),
                Files.writeString(folder.resolve("shopping.txt"), "eggs, milk, bread"),
                folder.resolve("missing.txt"));

        ImportSummary summary = importer.importFiles(files, r -> { });

        assertThat(summary.results()).extracting(ImportResult::status)
                .containsExactly(ImportStatus.IMPORTED, ImportStatus.FAILED, ImportStatus.FAILED);
        assertThat(summary.results().get(1).reason()).contains("does not look like an information note");
        assertThat(summary.results().get(2).reason()).isEqualTo("no such file");
        assertThat(TestData.count(jdbc, "events")).isEqualTo(1);
    }

    private static List<GeneratedNote> generated(int count) {
        return new NoteGenerator(3).notes(count);
    }

    private boolean namesSlovenia(GeneratedNote note) {
        return NoteJson.toJson(importer.read(note.fileName(), note.bytes()).note()).contains("\"SVN\"");
    }

    private static List<Path> write(List<GeneratedNote> notes) throws IOException {
        Path folder = TestData.newDirectory("bulk");
        var files = new ArrayList<Path>();
        for (GeneratedNote note : notes) {
            files.add(copy(note, folder));
        }
        return files;
    }

    private static Path copy(GeneratedNote note, Path folder) throws IOException {
        return Files.write(folder.resolve(note.fileName()), note.bytes());
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
