package org.atlas1540.server.importing;

import java.util.Objects;
import org.atlas1540.notes.Note;

/**
 * A file read by the notes reader and not stored (yet): the note, or why it could not be read.
 *
 * @param fileName the file's name, without folders
 * @param bytes    the file's content
 * @param sha256   the content's SHA-256, hexadecimal
 * @param note     what the reader read; null when it could not read the file
 * @param failure  why the file could not be read, in words for the person who gave it; null when read
 */
public record NoteReading(String fileName, byte[] bytes, String sha256, Note note, String failure) {
    public NoteReading {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(sha256, "sha256");
        if ((note == null) == (failure == null)) {
            throw new IllegalArgumentException("a reading has either a note or a failure");
        }
    }

    public boolean failed() {
        return failure != null;
    }
}
