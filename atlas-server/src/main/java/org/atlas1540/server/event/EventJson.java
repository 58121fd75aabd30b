package org.atlas1540.server.event;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.atlas1540.server.web.Links;
import tools.jackson.databind.JsonNode;

/**
 * The JSON of the events API. Field names are part of the API: add fields, never rename them.
 * Dates are ISO 8601; every item links to its HTML page ({@code html}) and its API address
 * ({@code self}).
 */
final class EventJson {
    private EventJson() {
    }

    /** @param country ISO alpha-3 code of the host State; null when the venue names none */
    record Venue(String text, String city, String country) {
    }

    record ItemLinks(String html, String self) {
        static ItemLinks ofEvent(String slug) {
            return new ItemLinks(Links.absolute("/events/" + slug), Links.absolute("/api/v1/events/" + slug));
        }

        /** A State's or organisation's pages; null for an unresolved name, which has none. */
        static ItemLinks ofParty(String type, String id) {
            if (id == null) {
                return null;
            }
            return switch (type) {
                case "state" -> new ItemLinks(Links.absolute("/states/" + id), Links.absolute("/api/v1/states/" + id));
                case "organisation" -> new ItemLinks(Links.absolute("/organisations/" + id),
                        Links.absolute("/api/v1/organisations/" + id));
                default -> null;
            };
        }
    }

    /** @param participatingStates how many distinct States took part */
    record EventItem(String slug, String title, String kind, LocalDate startDate, LocalDate endDate, Venue venue,
            int participatingStates, ItemLinks links) {
    }

    /** A half-open range [start, end) of character offsets into the note's text. */
    record Span(int start, int end) {
    }

    /**
     * @param type           state, organisation or unresolved
     * @param id             State code or organisation id; null when unresolved
     * @param mention        the text as the note writes it
     * @param nationalBodyOf for a national body (an agency of one State), that State's code
     */
    record Party(String type, String id, String name, String mention, String remark, String nationalBodyOf, Span span,
            ItemLinks links) {
    }

    record Section(int number, String kind, String heading, String text, Span span) {
    }

    record TopicRef(String id, String label) {
    }

    record Resolution(int number, int year, String citation) {
    }

    /**
     * A fact the note suggests.
     *
     * @param number  its place among the event's facts, from 1
     * @param state        the State it is about, if any
     * @param reviewStatus suggested (as read), confirmed or rejected (by a person)
     * @param details      the fact's own values as the reader gives them (status, link, year, ...)
     * @param quote        the text of its span
     */
    record Fact(int number, String type, String state, String reviewStatus, JsonNode details, Span span,
            String quote) {
    }

    /** @param download the original file */
    record Source(String fileName, String mediaType, String sha256, String origin, OffsetDateTime importedAt,
            int revision, String download) {
    }

    record Event(String slug, String title, String kind, LocalDate startDate, LocalDate endDate, Venue venue,
            List<Party> organisers, List<Party> participants, List<Section> sections, List<TopicRef> topics,
            List<Resolution> resolutions, List<Fact> facts, List<String> warnings, Source source, ItemLinks links) {
    }

    record EventRef(String slug, String title, LocalDate startDate, ItemLinks links) {
    }

    /** A fact in the list of all facts, with the event it was read from. */
    record FactItem(EventRef event, int number, String type, String state, String reviewStatus, JsonNode details,
            Span span, String quote) {
    }

}
