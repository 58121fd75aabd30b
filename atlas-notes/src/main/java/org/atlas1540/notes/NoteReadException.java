package org.atlas1540.notes;

/**
 * The one exception the reader throws: the input cannot be read as an information note. The
 * message is written for the person who gave the file ("the file is empty", "the PDF is
 * encrypted") and never holds a stack trace or an internal class name.
 */
public final class NoteReadException extends Exception {
    private static final long serialVersionUID = 1L;

    public NoteReadException(String message) {
        super(message);
    }

    public NoteReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
