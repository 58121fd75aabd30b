package org.atlas1540.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.atlas1540.server.event.EventId;
import org.atlas1540.server.testing.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** V9 on a PostgreSQL database that V2's search table already fills: the documents are kept, and found. */
class SearchMigrationOnPostgresTest {

    @Test
    void theDocumentsOfTheOldLayoutAreKeptWithTheirFacetsAsBits() {
        String database = "search_migration_" + UUID.randomUUID().toString().replace("-", "");
        admin("CREATE DATABASE " + database);
        var dataSource = new SingleConnectionDataSource(EmbeddedPostgres.jdbcUrl().replace("/postgres?", "/" + database
                + "?"), true);
        try {
            migrate(dataSource, "4");
            var jdbc = JdbcClient.create(dataSource);
            jdbc.sql("""
                    INSERT INTO search_documents (event_id, event_version, slug, title, kind, start_date, end_date,
                        event_year, venue_text, parties, keywords, regions, topics, body)
                    VALUES (7, now(), 'vienna', 'Workshop on Quillwort Controls', 'workshop', DATE '2015-03-03',
                        DATE '2015-03-04', 2015, 'Vienna, Austria', 'Austria', 'Workshop', ARRAY['Europe', 'Asia'],
                        ARRAY['biosecurity', 'export-control', 'no-such-topic'], 'The workshop discussed licensing.')
                    """).update();

            migrate(dataSource, "latest");

            var index = new PostgresSearchIndex(jdbc, new NamedParameterJdbcTemplate(dataSource),
                    new TransactionTemplate(new DataSourceTransactionManager(dataSource)), new Regions());
            assertThat(index.needsRebuild()).as("the migration writes the code's layout").isFalse();
            assertThat(index.versions()).containsOnlyKeys(new EventId(7));
            SearchResults results = index.search(new SearchRequest(SearchQuery.of("quillwort licensing"),
                    SearchFilters.none(), 1, 20));
            assertThat(results.hits()).extracting(SearchHit::slug).containsExactly("vienna");
            assertThat(SearchContract.counts(results, Facet.REGION)).containsOnlyKeys("Asia", "Europe");
            assertThat(SearchContract.counts(results, Facet.TOPIC)).containsOnlyKeys("biosecurity", "export-control");
            assertThat(SearchContract.counts(results, Facet.YEAR)).containsOnlyKeys("2015");
            assertThat(results.hits().get(0).snippets()).anySatisfy(s -> assertThat(s.html()).contains("<mark>licensing</mark>"));
            assertThat(jdbc.sql("SELECT indexname FROM pg_indexes WHERE tablename = 'search_documents' ORDER BY 1")
                    .query(String.class).list()).isEqualTo(List.of("search_documents_document", "search_documents_newest",
                    "search_documents_pkey"));
        } finally {
            dataSource.destroy();
            admin("DROP DATABASE IF EXISTS " + database);
        }
    }

    private static void admin(String statement) {
        var admin = new SingleConnectionDataSource(EmbeddedPostgres.jdbcUrl(), true);
        try {
            JdbcClient.create(admin).sql(statement).update();
        } finally {
            admin.destroy();
        }
    }

    private static void migrate(SingleConnectionDataSource dataSource, String target) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/postgresql")
                .target(target).load().migrate();
    }
}
