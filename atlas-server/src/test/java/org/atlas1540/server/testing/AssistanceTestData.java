package org.atlas1540.server.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.atlas1540.server.importing.ImportResult;
import org.atlas1540.server.importing.NoteImporter;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Test data of the assistance modules: a note with assistance needs, and the clean-up of all assistance rows. */
public final class AssistanceTestData {
    /** A demo note (from the evaluation corpus) whose facts 3 (Niger) and 4 (no State) are assistance needs. */
    public static final String LOME = "01-lome-west-africa-workshop.txt";

    private AssistanceTestData() {
    }

    /** Imports the Lomé note (unchanged when already stored) and gives its event's slug. */
    public static String importLome(NoteImporter importer) {
        try (InputStream in = AssistanceTestData.class.getResourceAsStream("/demo/notes/" + LOME)) {
            if (in == null) {
                throw new AssertionError("the demo note " + LOME + " is not on the class path");
            }
            ImportResult result = importer.importBytes(LOME, in.readAllBytes());
            if (result.failed()) {
                throw new AssertionError("the Lomé note was not imported: " + result);
            }
            return result.eventSlug();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes every request, offer, match and feedback; events and reference data stay. */
    public static void deleteAll(JdbcClient jdbc) {
        for (String table : new String[] {"assistance_feedback", "assistance_matches", "assistance_offer_regions",
                "assistance_offer_areas", "assistance_offers", "assistance_request_transitions",
                "assistance_requests"}) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }
}
