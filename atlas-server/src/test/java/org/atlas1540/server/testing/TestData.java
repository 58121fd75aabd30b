package org.atlas1540.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Folders for test databases, and the clean-up of event data between tests. */
public final class TestData {
    /** Under target/, so that {@code mvn clean} removes what the tests leave. */
    private static final Path ROOT = Path.of("target", "test-data");

    private TestData() {
    }

    /** A new, empty folder, absolute as the H2 URL needs it. */
    public static Path newDirectory(String purpose) {
        try {
            return Files.createDirectories(ROOT.resolve(purpose + "-" + UUID.randomUUID())).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes every event and source document, and the records that name events (plans, visits,
     * recommendations); leaves the reference data.
     */
    public static void deleteEvents(JdbcClient jdbc) {
        for (String table : new String[] {"recommendation_follow_ups", "recommendations", "country_visits",
                "action_plans", "event_parties", "sections", "event_topics", "event_resolutions", "facts",
                "event_warnings", "event_revisions", "events", "source_documents"}) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }

    public static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
