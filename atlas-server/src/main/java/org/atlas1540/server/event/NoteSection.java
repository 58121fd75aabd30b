package org.atlas1540.server.event;

/**
 * A section of an event's note as another module reads it.
 *
 * @param number from 1, in the note's order
 * @param kind   objectives, background, highlights, recommendations, outcome, comments or other
 */
public record NoteSection(int number, String kind, String heading, String text) {
}
