package org.atlas1540.notes;

/**
 * A section of a note's body.
 *
 * @param kind    what the section is about
 * @param heading the heading as written, without its number
 * @param text    the section's text, trimmed
 * @param span    where the text is in the normalised text
 */
public record Section(SectionKind kind, String heading, String text, Span span) {
}
