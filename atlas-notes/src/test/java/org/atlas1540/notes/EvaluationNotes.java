package org.atlas1540.notes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The texts of the evaluation and held-out notes, for tests that compare two ways of reading real text. */
public final class EvaluationNotes {
    private static final List<String> FOLDERS = List.of("src/test/resources/eval/notes",
            "src/test/resources/eval-holdout/notes");

    private EvaluationNotes() {
    }

    /** One note: where it is, and its text. */
    public record Note(Path path, String text) {
        @Override
        public String toString() {
            return path.toString();
        }
    }

    /** Every evaluation note, then every held-out note, each folder in file-name order. */
    public static List<Note> all() {
        var notes = new ArrayList<Note>();
        for (String folder : FOLDERS) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                for (Path file : files.sorted().toList()) {
                    notes.add(new Note(file, Files.readString(file, StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the notes in " + folder, e);
            }
        }
        if (notes.size() < 20) {
            throw new IllegalStateException("expected the 14 evaluation and 8 held-out notes, found " + notes.size());
        }
        return notes;
    }
}
