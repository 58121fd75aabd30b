package org.atlas1540.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.atlas1540.server.testing.H2Database;
import org.junit.jupiter.api.Test;

@H2Database
class SearchOnH2Test extends SearchContract {

    @Test
    void theEmbeddedIndexIsLuceneInTheDataFolder() {
        assertThat(index).isInstanceOf(LuceneSearchIndex.class);
        assertThat(index.describe()).endsWith("/index");
    }
}
