package org.atlas1540.server.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.atlas1540.reference.ReferenceData;
import org.atlas1540.server.testing.H2Database;
import org.atlas1540.server.testing.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@H2Database
class ReferenceLoaderTest {
    @Autowired
    ReferenceLoader loader;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theStartUpLoadPutsEveryStateAndOrganisationInTheTables() {
        var reference = ReferenceData.standard();

        assertThat(TestData.count(jdbc, "states")).isEqualTo(reference.states().all().size());
        assertThat(TestData.count(jdbc, "organisations")).isEqualTo(reference.organisations().all().size());
        assertThat(jdbc.sql("SELECT un_group FROM state_groups WHERE state_code = 'TUR' ORDER BY un_group")
                .query(String.class).list()).hasSize(2);
        assertThat(jdbc.sql("SELECT alias FROM organisation_aliases WHERE organisation_id = 'UNODA'")
                .query(String.class).list()).contains("UN ODA");
    }

    @Test
    void loadingAgainWhenNothingChangedDoesNothing() {
        assertThat(loader.load()).isZero();
    }

    @Test
    void aChangedDataSetIsLoadedAgainAndRepairsTheTable() {
        jdbc.sql("UPDATE states SET short_name = 'Tampered' WHERE code = 'SRB'").update();
        jdbc.sql("UPDATE reference_loads SET fingerprint = 'stale' WHERE dataset = 'states'").update();

        assertThat(loader.load()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT short_name FROM states WHERE code = 'SRB'").query(String.class).single())
                .isEqualTo("Serbia");
        assertThat(loader.load()).isZero();
    }
}
