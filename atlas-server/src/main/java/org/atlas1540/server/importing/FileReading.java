package org.atlas1540.server.importing;

/**
 * A file read for import: either its result already (it could not be read from disk, or the
 * same bytes were stored before), or what the notes reader made of it, to be stored.
 *
 * @param shownAs how the file is named in results
 * @param done    the file's result when nothing is left to store; null otherwise
 * @param reading what the reader read (a note or a failure); null when done
 */
record FileReading(String shownAs, ImportResult done, NoteReading reading) {
    FileReading {
        if ((done == null) == (reading == null)) {
            throw new IllegalArgumentException("a file reading is either done or read");
        }
    }

    static FileReading done(ImportResult result) {
        return new FileReading(result.source(), result, null);
    }

    static FileReading read(String shownAs, NoteReading reading) {
        return new FileReading(shownAs, null, reading);
    }

    /** The size of what is held in memory, roughly: the file's bytes. */
    long bytes() {
        return reading == null ? 0 : reading.bytes().length;
    }
}
