package org.atlas1540.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.atlas1540.server.testing.PostgresDatabase;
import org.junit.jupiter.api.Test;

@PostgresDatabase
class SearchOnPostgresTest extends SearchContract {

    @Test
    void theIndexIsPostgresFullTextSearchWithAGinIndex() {
        assertThat(index).isInstanceOf(PostgresSearchIndex.class);
        assertThat(jdbc.sql("SELECT indexdef FROM pg_indexes WHERE indexname = 'search_documents_document'")
                .query(String.class).single()).contains("USING gin (document)");
    }
}
