package org.atlas1540.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.atlas1540.server.event.EventId;
import org.atlas1540.server.importing.ImportStatus;
import org.atlas1540.server.importing.NoteImporter;
import org.atlas1540.server.testing.LuceneBesidePostgres;
import org.atlas1540.server.testing.SharedFiles;
import org.atlas1540.server.testing.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Servers that share one PostgreSQL database each keep a Lucene index: what another server stores
 * reaches this one's index at the next catch-up, without a restart. Here the index is made to miss
 * an event (as when another process stored it), and the catch-up, every half second, puts it back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"atlas.demo=false", "atlas.search.catch-up-every=500ms"})
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = LuceneBesidePostgres.class)
@DirtiesContext
class SearchCatchUpWhileRunningTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    SearchIndex index;

    @Autowired
    NoteImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEventTheIndexMissedIsFoundAfterTheNextCatchUp() throws InterruptedException {
        TestData.deleteEvents(jdbc);
        assertThat(importer.importFile(SharedFiles.sample(SearchContract.BELGRADE)).status())
                .isEqualTo(ImportStatus.IMPORTED);
        EventId belgrade = new EventId(jdbc.sql("SELECT id FROM events WHERE slug = ?")
                .param(SearchContract.BELGRADE_SLUG).query(Long.class).single());
        awaitBelgradeHits(List.of(belgrade));

        // Not asserted empty here: the catch-up may already have run again (that remove() removes
        // is the contract's theCatchUpIndexesWhatTheIndexMissedAndRemovesWhatIsGone).
        index.remove(List.of(belgrade));

        awaitBelgradeHits(List.of(belgrade));
        assertThat(belgradeHits()).containsExactly(belgrade);
    }

    /** Until the search for Belgrade finds these events, or the patience runs out. */
    private void awaitBelgradeHits(List<EventId> expected) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!belgradeHits().equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    private List<EventId> belgradeHits() {
        return index.search(new SearchRequest(SearchQuery.of("Belgrade"), SearchFilters.none(), 1, 20)).hits().stream().map(SearchHit::id).toList();
    }

}
