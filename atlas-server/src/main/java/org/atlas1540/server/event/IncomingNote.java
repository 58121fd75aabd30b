package org.atlas1540.server.event;

import java.util.Objects;
import org.atlas1540.notes.Note;

/** A note to store, with the file it was read from. */
public record IncomingNote(Note note, SourceFile file) {
    public IncomingNote {
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(file, "file");
    }

    String sha256() {
        return note.source().sha256();
    }
}
