package org.atlas1540.notes.source;

import java.util.Objects;

import org.atlas1540.notes.NoteReadException;

/**
 * Turns the bytes of a note file into text: detects the format from the content (PDF, DOCX,
 * plain text), extracts or decodes the text, and refuses what cannot be a note with a clear
 * {@link NoteReadException}.
 *
 * <p>The format is never taken from a file name: a PDF is recognised by its {@code %PDF-} header
 * (within the first 1024 bytes), a DOCX by the ZIP magic and a {@code word/document.xml} part;
 * anything else is decoded as plain text (UTF-8, UTF-16 with a byte order mark, or Windows-1252).
 * The size is checked before any parsing.
 *
 * <p>{@link NoteReadException} is the only exception {@link #decode} throws for any content; its
 * message is plain words for the person who gave the file. Instances are immutable and thread-safe.
 */
public final class SourceDecoder {
    /** The default largest file accepted, in bytes (20 MiB). */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    static final String EMPTY = "the file is empty";
    static final String UNREADABLE = "the file could not be read as text, PDF or DOCX";

    private final long maxBytes;

    /**
     * @param maxBytes the largest file accepted, in bytes
     * @throws IllegalArgumentException if {@code maxBytes} is not positive
     */
    public SourceDecoder(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /**
     * Decodes or extracts the text of a note file.
     *
     * @param bytes the whole file, not null
     * @return the text, kept as the file has it (no line-end or space normalisation), and its media type
     * @throws NoteReadException if the file cannot be a note or cannot be read; the message says why
     */
    /** The message for a file over the size limit; also used before a file is read into memory. */
    public static String tooLarge(long size, long maxBytes) {
        return "the file is " + Sizes.roundedUp(size) + "; the limit for a note is " + Sizes.rounded(maxBytes);
    }

    public DecodedSource decode(byte[] bytes) throws NoteReadException {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length == 0) {
            throw new NoteReadException(EMPTY);
        }
        if (bytes.length > maxBytes) {
            throw new NoteReadException(tooLarge(bytes.length, maxBytes));
        }
        try {
            switch (FormatSniffer.sniff(bytes)) {
                case PDF:
                    return new DecodedSource(PdfTextExtractor.extract(bytes), MediaTypes.PDF);
                case ZIP:
                    return new DecodedSource(DocxTextExtractor.extract(bytes), MediaTypes.DOCX);
                default:
                    return new DecodedSource(PlainTextDecoder.decode(bytes), MediaTypes.TEXT_PLAIN);
            }
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            // Last safety net: the extractors turn library failures into plain messages; anything
            // still escaping them must reach the user as a plain message too, with the cause kept for logs.
            throw new NoteReadException(UNREADABLE, e);
        }
    }
}
