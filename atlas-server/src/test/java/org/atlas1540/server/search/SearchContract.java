package org.atlas1540.server.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.atlas1540.reference.ReferenceData;
import org.atlas1540.reference.StateCode;
import org.atlas1540.server.event.EventId;
import org.atlas1540.server.generate.GeneratedNote;
import org.atlas1540.server.generate.NoteGenerator;
import org.atlas1540.server.importing.ImportResult;
import org.atlas1540.server.importing.ImportStatus;
import org.atlas1540.server.importing.ImportSummary;
import org.atlas1540.server.importing.NoteImporter;
import org.atlas1540.server.state.StateRegister;
import org.atlas1540.server.testing.SharedFiles;
import org.atlas1540.server.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What search does, on whichever index the subclass's database brings: Lucene beside H2, or
 * PostgreSQL's full-text search. The same tests run on both.
 */
abstract class SearchContract {
    static final String BELGRADE = "belgrade-2013-05.txt";
    static final String KIEV = "kiev-2013-11.txt";
    static final String BELGRADE_SLUG = "2013-05-09-belgrade-regional-workshop";
    static final String KIEV_SLUG = "2013-11-05-kyiv-regional-workshop";
    static final String VIENNA_SLUG = "2015-03-03-vienna-workshop";

    /** Holds HTML in its title and text, which a hit must show as text. */
    static final String HOSTILE_NOTE = """
            Information Note

            Event\tWorkshop on <script>alert('owned')</script> Export Controls
            Organiser\tUnited Nations Office for Disarmament Affairs (UNODA)
            Date and Venue\t3-4 March 2015, Vienna, Austria
            Participants\tStates: Austria, Hungary

            1. Background

            The workshop discussed <img src=x onerror=alert(1)> border controls & export licensing.
            """;

    @Autowired
    SearchIndex index;

    @Autowired
    SearchIndexing indexing;

    @Autowired
    NoteImporter importer;

    @Autowired
    StateRegister states;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void threeNotes() {
        TestData.deleteEvents(jdbc);
        indexing.rebuild();
        imported(importer.importFile(SharedFiles.sample(BELGRADE)));
        imported(importer.importFile(SharedFiles.sample(KIEV)));
        imported(importer.importBytes("hostile.txt", HOSTILE_NOTE.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theBelgradeNoteIsFoundByItsCity() {
        SearchResults results = search("Belgrade");

        assertThat(slugs(results)).containsExactly(BELGRADE_SLUG);
        assertThat(results.total()).isEqualTo(1);
        SearchHit hit = results.hits().get(0);
        assertThat(hit.title()).isEqualTo("Regional Workshop on the Implementation of UNSC Resolution 1540 (2004)");
        assertThat(hit.venue()).isEqualTo("Belgrade, Serbia");
        assertThat(hit.dates()).isEqualTo("9–10 May 2013");
        assertThat(hit.kind()).isEqualTo("workshop");
    }

    @Test
    void theBelgradeNoteIsFoundByWordsAndByAPhraseItContains() {
        assertThat(slugs(search("export control"))).contains(BELGRADE_SLUG, KIEV_SLUG);
        assertThat(slugs(search("\"export control\""))).contains(BELGRADE_SLUG, KIEV_SLUG);
        assertThat(slugs(search("\"control export\""))).doesNotContain(BELGRADE_SLUG);
    }

    @Test
    void wordsAreMatchedByTheirStemsAndCaseDoesNotMatter() {
        assertThat(slugs(search("BIOSECURITY"))).contains(BELGRADE_SLUG);
        assertThat(slugs(search("recommendation"))).contains(BELGRADE_SLUG);
    }

    @Test
    void everyWordMustOccurUnlessOrSeparatesThem() {
        assertThat(slugs(search("Belgrade Kiev"))).isEmpty();
        assertThat(slugs(search("Belgrade or Kiev"))).containsExactlyInAnyOrder(BELGRADE_SLUG, KIEV_SLUG);
    }

    @Test
    void aWordAfterAMinusLeavesOutTheNotesWithIt() {
        assertThat(slugs(search("workshop -Belgrade"))).contains(KIEV_SLUG).doesNotContain(BELGRADE_SLUG);
        assertThat(slugs(search("-Belgrade"))).containsExactlyInAnyOrder(KIEV_SLUG, VIENNA_SLUG);
    }

    @Test
    void partiesTopicsAndRegionsAreSearchedToo() {
        assertThat(slugs(search("Montenegro"))).containsExactlyInAnyOrder(BELGRADE_SLUG, KIEV_SLUG);
        assertThat(slugs(search("OPCW"))).containsExactly(BELGRADE_SLUG);
        assertThat(slugs(search("Africa"))).containsExactly(KIEV_SLUG);
    }

    @Test
    void aMatchInTheTitleRanksAboveAMatchInTheText() {
        // "Controls" is in the Vienna note's title; the others have "control" only in their text or parties.
        assertThat(slugs(search("controls")).get(0)).isEqualTo(VIENNA_SLUG);
    }

    @Test
    void snippetsMarkTheMatchedWords() {
        SearchHit hit = search("biosecurity").hits().get(0);

        assertThat(hit.slug()).isEqualTo(BELGRADE_SLUG);
        assertThat(hit.snippets()).isNotEmpty();
        assertThat(hit.snippets()).anySatisfy(s -> assertThat(s.html()).containsPattern("<mark>(?i)biosecurity</mark>"));
    }

    @Test
    void aNoteHoldingHtmlIsFoundAndItsSnippetIsTextNotMarkup() {
        SearchResults results = search("onerror");

        assertThat(slugs(results)).containsExactly(VIENNA_SLUG);
        SearchHit hit = results.hits().get(0);
        assertThat(hit.title()).contains("<script>alert('owned')</script>");
        assertThat(hit.snippets()).singleElement().satisfies(s -> {
            assertThat(s.text()).contains("<img src=x onerror=alert(1)>");
            assertThat(s.html()).doesNotContain("<img").contains("&lt;img src=x").contains("<mark>onerror</mark>");
        });
    }

    @Test
    void anEmptyQueryListsEveryEventNewestFirstWithFacets() {
        SearchResults results = search("");

        assertThat(slugs(results)).containsExactly(VIENNA_SLUG, KIEV_SLUG, BELGRADE_SLUG);
        assertThat(results.total()).isEqualTo(3);
        assertThat(counts(results, Facet.YEAR)).containsExactly(Map.entry("2015", 1L), Map.entry("2013", 2L));
        assertThat(counts(results, Facet.REGION)).containsEntry("Europe", 3L).containsEntry("Africa", 1L)
                .containsEntry("Americas", 1L).containsEntry("Asia", 1L);
        assertThat(counts(results, Facet.KIND)).containsExactly(Map.entry("workshop", 3L));
        assertThat(counts(results, Facet.TOPIC)).containsKey("export-control");
        assertThat(results.hits()).allSatisfy(h -> assertThat(h.snippets()).isNotEmpty());
    }

    @Test
    void facetCountsAreThoseOfTheMatchingEvents() {
        SearchResults results = search("Belgrade");

        assertThat(counts(results, Facet.YEAR)).containsExactly(Map.entry("2013", 1L));
        assertThat(counts(results, Facet.REGION)).containsExactly(Map.entry("Europe", 1L));
        assertThat(counts(results, Facet.TOPIC)).containsEntry("biosecurity", 1L)
                .containsEntry("national-action-plans", 1L);
    }

    @Test
    void filtersNarrowTheResultsToEventsWithThatFacetValue() {
        assertThat(slugs(search("workshop", new SearchFilters(2015, null, null, null)))).containsExactly(VIENNA_SLUG);
        assertThat(slugs(search("", new SearchFilters(null, "Africa", null, null)))).containsExactly(KIEV_SLUG);
        assertThat(slugs(search("", new SearchFilters(null, null, "biosecurity", null)))).contains(BELGRADE_SLUG)
                .doesNotContain(VIENNA_SLUG);
        assertThat(slugs(search("", new SearchFilters(2013, "Europe", null, "workshop"))))
                .containsExactlyInAnyOrder(BELGRADE_SLUG, KIEV_SLUG);
        assertThat(search("", new SearchFilters(null, null, null, "seminar")).total()).isZero();
    }

    @Test
    void pagesHoldTheirShareOfTheHitsAndTheTotalIsOfAll() {
        var first = index.search(new SearchRequest(SearchQuery.of(""), SearchFilters.none(), 1, 2));
        var second = index.search(new SearchRequest(SearchQuery.of(""), SearchFilters.none(), 2, 2));
        var beyond = index.search(new SearchRequest(SearchQuery.of(""), SearchFilters.none(), 5, 2));

        assertThat(slugs(first)).containsExactly(VIENNA_SLUG, KIEV_SLUG);
        assertThat(slugs(second)).containsExactly(BELGRADE_SLUG);
        assertThat(second.total()).isEqualTo(3);
        assertThat(second.pages()).isEqualTo(2);
        assertThat(beyond.hits()).isEmpty();
        assertThat(beyond.total()).isEqualTo(3);
    }

    @Test
    void wordsThatAreNotThereOrOnlyStopWordsFindNothing() {
        assertThat(search("zanzibarite").total()).isZero();
        assertThat(search("the of and").total()).isZero();
    }

    static List<String> hostileQueries() {
        return List.of("' OR 1=1 --", "'; DROP TABLE search_documents; --", "\"unbalanced quote", "((export",
                "control))", ")(", "OR", "or or or", "-", "--", "- -belgrade", "AND", "NOT belgrade",
                "belgrade AND NOT kiev", "title:belgrade", "sections:*", "*", "belgr*", "?elgrade", "belgrade~2",
                "belgrade^10", "/.*/", "/[a-z]+/", "[1 TO 9]", "{a TO z}", "\\", "\\\"", "%", "_", "%_%", "!",
                "!!belgrade", "&", "|", "<->", "belgrade <-> workshop", "a:b:c", "\u0000", "\ue000belgrade\ue001",
                "<script>alert(1)</script>", "&lt;", "😀 emoji", "Ünïcödé", "belgrade".repeat(300),
                "export control ".repeat(2000), " ", "\t\n");
    }

    @ParameterizedTest(name = "[{index}]")
    @MethodSource("hostileQueries")
    void anyQueryTextIsSearchedWithoutError(String text) {
        assertThatCode(() -> {
            SearchResults results = search(text);
            assertThat(results.total()).isBetween(0L, 3L);
            assertThat(results.hits()).hasSizeLessThanOrEqualTo(3);
        }).doesNotThrowAnyException();
        // The index is still whole: nothing typed reaches the query language of the database or of Lucene.
        assertThat(slugs(search("Belgrade"))).containsExactly(BELGRADE_SLUG);
    }

    @Test
    void syntaxThatOtherSearchEnginesKnowIsReadAsPlainWords() {
        // Words: "workshop" and "Belgrade"; not a field named "workshop".
        assertThat(slugs(search("workshop:Belgrade"))).containsExactly(BELGRADE_SLUG);
        assertThat(search("title:Belgrade").total()).isZero();
        assertThat(slugs(search("(Belgrade)"))).containsExactly(BELGRADE_SLUG);
        assertThat(search("Belgr*").total()).isZero();
    }

    @Test
    void anImportIsSearchableOnceItIsCommitted() {
        String note = HOSTILE_NOTE.replace("Vienna, Austria", "Lima, Peru").replace("3-4 March 2015", "1-2 June 2016")
                .replace("Austria, Hungary", "Peru, Chile").replace("border controls", "zanzibarite controls");

        ImportResult result = importer.importBytes("lima.txt", note.getBytes(StandardCharsets.UTF_8));

        assertThat(result.status()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(slugs(search("zanzibarite"))).containsExactly(result.eventSlug());
        assertThat(counts(search("zanzibarite"), Facet.REGION)).containsExactly(Map.entry("Americas", 1L));
    }

    @Test
    void aBulkImportEndsWithEveryEventItStoredInTheIndexAtItsStoredVersion() throws Exception {
        Path folder = TestData.newDirectory("bulk-search");
        var files = new java.util.ArrayList<Path>();
        for (GeneratedNote note : new NoteGenerator(11).notes(40)) {
            files.add(Files.write(folder.resolve(note.fileName()), note.bytes()));
        }

        ImportSummary summary = importer.importFiles(files, r -> { });

        assertThat(summary.count(ImportStatus.IMPORTED)).isEqualTo(40);
        // A chunk's events are indexed on the index's own thread; the import does not wait for it.
        Map<EventId, java.time.Instant> stored = new java.util.HashMap<>();
        jdbc.sql("SELECT id, updated_at FROM events").query(rs -> {
            stored.put(new EventId(rs.getLong("id")), rs.getObject("updated_at", java.time.OffsetDateTime.class)
                    .toInstant());
        });
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (!index.versions().equals(stored) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(index.versions()).isEqualTo(stored);
        assertThat(search("").total()).isEqualTo(43);
    }

    @Test
    void aRevisedNoteReplacesItsEventsDocument() {
        String changed = new String(SharedFiles.sampleBytes(BELGRADE), StandardCharsets.UTF_8)
                .replace("Regional cooperation.", "Regional cooperation and zanzibarite.");

        ImportResult result = importer.importBytes(BELGRADE, changed.getBytes(StandardCharsets.UTF_8));

        assertThat(result.status()).isEqualTo(ImportStatus.UPDATED);
        assertThat(slugs(search("zanzibarite"))).containsExactly(BELGRADE_SLUG);
        assertThat(search("Belgrade").total()).isEqualTo(1);
        assertThat(search("").total()).isEqualTo(3);
    }

    @Test
    void anImportThatRollsBackLeavesNothingInTheIndex() {
        TestData.deleteEvents(jdbc);
        indexing.rebuild();
        // Injected failure: Slovenia is missing from the reference tables, so a participant's row
        // breaks a foreign key after the event was written; the whole note rolls back.
        jdbc.sql("DELETE FROM state_groups WHERE state_code = 'SVN'").update();
        jdbc.sql("DELETE FROM states WHERE code = 'SVN'").update();
        try {
            ImportResult result = importer.importFile(SharedFiles.sample(BELGRADE));

            assertThat(result.status()).isEqualTo(ImportStatus.FAILED);
            assertThat(search("Belgrade").total()).isZero();
            assertThat(index.versions()).isEmpty();
        } finally {
            states.synchronise(List.of(ReferenceData.standard().states().get(StateCode.of("SVN"))));
        }
    }

    @Test
    void theCatchUpIndexesWhatTheIndexMissedAndRemovesWhatIsGone() {
        EventId belgrade = search("Belgrade").hits().get(0).id();
        index.remove(List.of(belgrade));
        assertThat(search("Belgrade").total()).isZero();

        SearchIndexing.Catchup catchup = indexing.synchronise();

        assertThat(catchup.indexed()).isEqualTo(1);
        assertThat(catchup.removed()).isZero();
        assertThat(slugs(search("Belgrade"))).containsExactly(BELGRADE_SLUG);
        assertThat(indexing.synchronise().indexed()).isZero();

        TestData.deleteEvents(jdbc);
        SearchIndexing.Catchup afterDelete = indexing.synchronise();

        assertThat(afterDelete.removed()).isEqualTo(3);
        assertThat(search("").total()).isZero();
    }

    @Test
    void aRebuildIndexesEveryStoredEventOnce() {
        assertThat(indexing.rebuild()).isEqualTo(3);
        assertThat(indexing.rebuild()).isEqualTo(3);

        assertThat(search("").total()).isEqualTo(3);
        assertThat(index.versions()).hasSize(3);
    }

    SearchResults search(String text) {
        return search(text, SearchFilters.none());
    }

    SearchResults search(String text, SearchFilters filters) {
        return index.search(new SearchRequest(SearchQuery.of(text), filters, 1, 20));
    }

    static List<String> slugs(SearchResults results) {
        return results.hits().stream().map(SearchHit::slug).toList();
    }

    static Map<String, Long> counts(SearchResults results, Facet facet) {
        var counts = new java.util.LinkedHashMap<String, Long>();
        results.facet(facet).forEach(c -> counts.put(c.value(), c.count()));
        return counts;
    }

    private static void imported(ImportResult result) {
        assertThat(result.failed()).as("imported: %s", result).isFalse();
    }
}
