package org.atlas1540.server.event;

/**
 * A fact of an event as another module reads it (to check a record's source, or to take a record
 * from it).
 *
 * @param number    from 1, as the event's page and the API number facts
 * @param type      the reader's fact type ({@code national-action-plan}, {@code country-visit}, ...)
 * @param stateCode the State it is about; null when none
 * @param payload   the fact as JSON, in the shape {@code atlas parse} writes
 * @param quote     the text of its span in the note
 */
public record SourceFact(String eventSlug, int number, String type, String stateCode, String payload, String quote) {
}
