package org.atlas1540.server.reference;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which fingerprint of each data set was last loaded. */
@Repository
class ReferenceLoads {
    private final JdbcClient jdbc;

    ReferenceLoads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> fingerprint(String dataset) {
        return jdbc.sql("SELECT fingerprint FROM reference_loads WHERE dataset = :dataset")
                .param("dataset", dataset).query(String.class).optional();
    }

    void record(String dataset, String fingerprint) {
        var now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        int updated = jdbc.sql("UPDATE reference_loads SET fingerprint = :fingerprint, loaded_at = :now WHERE dataset = :dataset")
                .param("dataset", dataset).param("fingerprint", fingerprint).param("now", now).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO reference_loads (dataset, fingerprint, loaded_at) VALUES (:dataset, :fingerprint, :now)")
                    .param("dataset", dataset).param("fingerprint", fingerprint).param("now", now).update();
        }
    }
}
