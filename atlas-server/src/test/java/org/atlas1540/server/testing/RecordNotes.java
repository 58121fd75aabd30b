package org.atlas1540.server.testing;

import java.nio.file.Path;
import org.atlas1540.server.importing.ImportResult;
import org.atlas1540.server.importing.NoteImporter;

/**
 * Two notes of the evaluation corpus whose facts the records' tests take as sources: Gaborone 2017
 * (action plans of Botswana, Madagascar and Malawi; visits to Namibia and Zambia; a recommendations
 * fact) and The Hague 2015 (Jordan's plan; a recommendations section with three list items).
 */
public final class RecordNotes {
    private static final Path NOTES = Path.of("..", "atlas-notes", "src", "test", "resources", "eval", "notes");
    public static final String GABORONE = "03-gaborone-sadc-action-plans.txt";
    public static final String THE_HAGUE = "14-the-hague-chemical-security-workshop.txt";

    private RecordNotes() {
    }

    /** Imports the note (unchanged when it is stored already) and gives its event's slug. */
    public static String imported(NoteImporter importer, String name) {
        ImportResult result = importer.importFile(NOTES.resolve(name));
        if (result.failed()) {
            throw new AssertionError("the test note was not imported: " + result);
        }
        return result.eventSlug();
    }
}
