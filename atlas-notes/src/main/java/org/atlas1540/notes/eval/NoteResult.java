package org.atlas1540.notes.eval;

import java.util.List;

/**
 * How one note was read.
 *
 * @param name       the note's name
 * @param error      the reader's error message when the note could not be read; else null
 * @param mismatches the fields that were not exactly right, in report order
 */
public record NoteResult(String name, String error, List<Mismatch> mismatches) {
    public NoteResult {
        mismatches = List.copyOf(mismatches);
    }

    /** True when every field of the note was exactly right. */
    public boolean fullyRight() {
        return error == null && mismatches.isEmpty();
    }
}
