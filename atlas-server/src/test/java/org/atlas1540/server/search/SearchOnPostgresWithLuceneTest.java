package org.atlas1540.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.atlas1540.server.testing.LuceneBesidePostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The default engine with PostgreSQL: the events in the database, the Lucene index in the data
 * folder. The catch-up while running is off here, so that it cannot race the contract's own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"atlas.demo=false", "atlas.search.catch-up-every=0s"})
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = LuceneBesidePostgres.class)
class SearchOnPostgresWithLuceneTest extends SearchContract {

    @Test
    void theIndexIsLuceneInTheDataFolderWhileTheEventsAreInPostgres() {
        assertThat(index).isInstanceOf(LuceneSearchIndex.class);
        assertThat(index.describe()).endsWith("/index");
        assertThat(jdbc.sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL");
    }
}
