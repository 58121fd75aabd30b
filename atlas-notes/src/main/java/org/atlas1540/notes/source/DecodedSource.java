package org.atlas1540.notes.source;

/**
 * The text of a note file before normalisation, and the media type detected from its content.
 *
 * @param text      the decoded or extracted text
 * @param mediaType "text/plain", "application/pdf" or
 *                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
 */
public record DecodedSource(String text, String mediaType) {
}
