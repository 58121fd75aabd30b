package org.atlas1540.notes.source;

/** The media types a {@link DecodedSource} can carry, as detected from the content of a file. */
public final class MediaTypes {
    /** Plain text, whatever its original encoding (UTF-8, UTF-16 or Windows-1252). */
    public static final String TEXT_PLAIN = "text/plain";
    /** A PDF with a text layer. */
    public static final String PDF = "application/pdf";
    /** A Word document in the Office Open XML format (DOCX). */
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private MediaTypes() {
    }
}
