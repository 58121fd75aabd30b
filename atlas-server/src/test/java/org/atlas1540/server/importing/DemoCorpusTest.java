package org.atlas1540.server.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.atlas1540.server.testing.H2Database;
import org.atlas1540.server.testing.TestData;
import org.atlas1540.server.web.DataOrigin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@H2Database
class DemoCorpusTest {
    @Autowired
    DemoCorpus demo;

    @Autowired
    DataOrigin origin;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void empty() {
        TestData.deleteEvents(jdbc);
    }

    @Test
    void theDemoCorpusIsTheProjectsFourteenEvaluationNotesAndAllImport() {
        ImportSummary summary = demo.load();

        assertThat(summary.results()).hasSize(14);
        assertThat(summary.failures()).isEmpty();
        assertThat(TestData.count(jdbc, "events")).isEqualTo(14);
        assertThat(jdbc.sql("SELECT DISTINCT origin FROM source_documents").query(String.class).list())
                .containsExactly("demo");
    }

    @Test
    void theLayoutIsToldWhenTheDataIncludesTheDemo() {
        assertThat(origin.includesDemoData()).isFalse();

        demo.load();

        assertThat(origin.includesDemoData()).isTrue();
    }
}
