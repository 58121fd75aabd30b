package org.atlas1540.server.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
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

    /** One test for what one load gives, to load 314 notes as seldom as possible. */
    @Test
    void theDemoIsTheEvaluationNotesAndThreeHundredGeneratedOnesOverEveryYearAndRegionAndLoadsOnce() {
        ImportSummary summary = demo.load();

        assertThat(summary.results()).hasSize(314);
        assertThat(summary.failures()).isEmpty();
        assertThat(summary.results().stream().filter(r -> r.source().startsWith("demo/generated/"))).hasSize(300);
        assertThat(TestData.count(jdbc, "events")).isEqualTo(314);
        assertThat(jdbc.sql("SELECT DISTINCT origin FROM source_documents").query(String.class).list())
                .containsExactly("demo");
        List<Integer> years = jdbc.sql("SELECT DISTINCT start_date FROM events").query(java.time.LocalDate.class).list()
                .stream().map(java.time.LocalDate::getYear).distinct().toList();
        assertThat(years).containsAll(IntStream.rangeClosed(2008, 2025).boxed().toList());
        assertThat(jdbc.sql("""
                SELECT DISTINCT g.un_group FROM events e JOIN state_groups g ON g.state_code = e.venue_country""")
                .query(String.class).list())
                .containsExactlyInAnyOrder("african", "asia-pacific", "eastern-european",
                        "latin-american-and-caribbean", "western-european-and-others");

        ImportSummary again = demo.load();

        assertThat(again.count(ImportStatus.UNCHANGED)).isEqualTo(314);
        assertThat(TestData.count(jdbc, "events")).isEqualTo(314);
    }

    @Test
    void theLayoutIsToldWhenTheDataIncludesTheDemo() {
        assertThat(origin.includesDemoData()).isFalse();

        demo.load();

        assertThat(origin.includesDemoData()).isTrue();
    }
}
