package org.atlas1540.server.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.atlas1540.server.testing.H2Database;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On H2 the detail tables keep no foreign key to events (V15): H2 would keep an index of its own on
 * event_id for each, which no query needs. Their foreign keys to the reference data stay.
 */
@H2Database
class DetailTablesOnH2Test {
    private static final List<String> DETAIL_TABLES = List.of("EVENT_PARTIES", "SECTIONS", "EVENT_TOPICS",
            "EVENT_RESOLUTIONS", "FACTS", "EVENT_WARNINGS", "EVENT_REVISIONS");

    @Autowired
    JdbcClient jdbc;

    @Test
    void noDetailTableHasAnIndexOnEventIdAlone() {
        List<String> indexes = jdbc.sql("""
                SELECT c.TABLE_NAME || '.' || c.INDEX_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS c
                WHERE c.TABLE_SCHEMA = CURRENT_SCHEMA AND c.COLUMN_NAME = 'EVENT_ID' AND c.ORDINAL_POSITION = 1
                    AND NOT EXISTS (SELECT 1 FROM INFORMATION_SCHEMA.INDEX_COLUMNS o
                        WHERE o.INDEX_SCHEMA = c.INDEX_SCHEMA AND o.INDEX_NAME = c.INDEX_NAME
                            AND o.ORDINAL_POSITION > 1)""")
                .query(String.class).list();

        assertThat(indexes).noneMatch(index -> DETAIL_TABLES.contains(index.substring(0, index.indexOf('.'))));
    }

    @Test
    void theForeignKeysToTheReferenceDataStay() {
        List<String> referenced = jdbc.sql("""
                SELECT DISTINCT referenced.TABLE_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS fk
                JOIN INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS rc
                    ON rc.CONSTRAINT_SCHEMA = fk.CONSTRAINT_SCHEMA AND rc.CONSTRAINT_NAME = fk.CONSTRAINT_NAME
                JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS referenced
                    ON referenced.CONSTRAINT_SCHEMA = rc.UNIQUE_CONSTRAINT_SCHEMA
                    AND referenced.CONSTRAINT_NAME = rc.UNIQUE_CONSTRAINT_NAME
                WHERE fk.TABLE_SCHEMA = CURRENT_SCHEMA AND fk.TABLE_NAME = 'EVENT_PARTIES'""")
                .query(String.class).list();

        assertThat(referenced).containsExactlyInAnyOrder("STATES", "ORGANISATIONS");
    }
}
