package org.atlas1540.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.atlas1540.server.event.EventId;
import org.atlas1540.server.testing.PostgresDatabase;
import org.atlas1540.server.testing.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What only the PostgreSQL index has: its columns kept current by the database, its layout, its plans. */
@PostgresDatabase
class PostgresSearchIndexTest {
    private static final EventId EVENT = new EventId(900_001);

    @Autowired
    SearchIndex index;

    @Autowired
    SearchIndexing indexing;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void emptyIndex() {
        TestData.deleteEvents(jdbc);
        indexing.rebuild();
    }

    @AfterEach
    void layoutOfTheCode() {
        indexing.rebuild();
    }

    @Test
    void theTermsFollowTheDocumentWhenItIsReplaced() {
        index.put(List.of(document("Seminar on Zanzibarite Controls", "The seminar discussed quillwort exports.")));
        assertThat(total("zanzibarite")).isEqualTo(1);
        assertThat(total("quillwort")).isEqualTo(1);

        index.put(List.of(document("Seminar on Licensing", "The seminar discussed marjoram exports.")));

        assertThat(total("zanzibarite")).isZero();
        assertThat(total("quillwort")).isZero();
        assertThat(total("marjoram")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT CAST(title_terms AS TEXT) FROM search_documents WHERE event_id = :id")
                .param("id", EVENT.value()).query(String.class).single()).contains("'licens'").doesNotContain("zanzibarit");
    }

    @Test
    void theFacetsOfAReplacedDocumentAreItsNewOnes() {
        index.put(List.of(document("Seminar", "Text.", List.of("biosecurity"), List.of("Africa"))));
        index.put(List.of(document("Seminar", "Text.", List.of("legislation", "reporting"), List.of("Europe", "Asia"))));

        SearchResults results = index.search(new SearchRequest(SearchQuery.of("seminar"), SearchFilters.none(), 1, 20));

        assertThat(SearchContract.counts(results, Facet.TOPIC)).containsOnlyKeys("legislation", "reporting");
        assertThat(SearchContract.counts(results, Facet.REGION)).containsExactlyInAnyOrderEntriesOf(
                Map.of("Asia", 1L, "Europe", 1L));
        assertThat(index.search(new SearchRequest(SearchQuery.of(""), new SearchFilters(null, "Africa", null, null), 1,
                20)).total()).isZero();
    }

    @Test
    void aMatchInTheTitleRanksFirstThenTheNewest() {
        index.put(List.of(
                document(new EventId(1), LocalDate.of(2010, 1, 1), "Workshop on Quillwort", "Nothing else."),
                document(new EventId(2), LocalDate.of(2020, 1, 1), "Workshop", "The quillwort was discussed."),
                document(new EventId(3), LocalDate.of(2015, 1, 1), "Workshop", "Quillwort again.")));

        SearchResults results = index.search(new SearchRequest(SearchQuery.of("quillwort"), SearchFilters.none(), 1, 20));

        assertThat(results.hits()).extracting(SearchHit::id)
                .containsExactly(new EventId(1), new EventId(2), new EventId(3));
    }

    @Test
    void facetBitsWrittenWithAnotherLayoutAskForARebuild() {
        assertThat(index.needsRebuild()).isFalse();

        jdbc.sql("UPDATE search_layout SET facet_bits = 'regions=Africa;topics=reporting'").update();
        assertThat(index.needsRebuild()).isTrue();

        indexing.rebuild();
        assertThat(index.needsRebuild()).isFalse();
    }

    @Test
    void aFilterOnAValueNoDocumentCanHaveFindsNothing() {
        index.put(List.of(document("Seminar", "Text.")));

        assertThat(index.search(new SearchRequest(SearchQuery.of(""), new SearchFilters(null, "Atlantis", null, null),
                1, 20)).total()).isZero();
    }

    private long total(String words) {
        return index.search(new SearchRequest(SearchQuery.of(words), SearchFilters.none(), 1, 20)).total();
    }

    private static SearchDocument document(String title, String body) {
        return document(title, body, List.of("export-control"), List.of("Africa"));
    }

    private static SearchDocument document(String title, String body, List<String> topics, List<String> regions) {
        return new SearchDocument(EVENT, Instant.now(), "seminar", title, "seminar", LocalDate.of(2014, 2, 3),
                LocalDate.of(2014, 2, 4), "Vienna, Austria", body, List.of("Austria"), topics, regions);
    }

    private static SearchDocument document(EventId id, LocalDate start, String title, String body) {
        return new SearchDocument(id, Instant.now(), "event-" + id.value(), title, "workshop", start, start, "Lima, Peru",
                body, List.of("Peru"), List.of("legislation"), List.of("Americas"));
    }
}
