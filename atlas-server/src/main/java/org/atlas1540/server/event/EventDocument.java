package org.atlas1540.server.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything about one stored event that a full-text index needs, read in one go.
 *
 * @param title        null when the note named none
 * @param kind         the kind's JSON value ("training-course")
 * @param venueCountry ISO alpha-3 of the host State, or null
 * @param sections     each section's heading and text, in the note's order
 * @param partyNames   organisers and participants: canonical names, and mentions where written otherwise
 * @param stateCodes   the States involved: State parties (organisers, participants) and the host
 * @param topics       the topics' JSON values
 * @param version      when the event was last stored
 */
public record EventDocument(
        EventId id,
        String slug,
        String title,
        String kind,
        LocalDate startDate,
        LocalDate endDate,
        String venueText,
        String venueCountry,
        List<Section> sections,
        List<String> partyNames,
        Set<String> stateCodes,
        List<String> topics,
        Instant version) {

    public EventDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(version, "version");
        sections = List.copyOf(sections);
        partyNames = List.copyOf(partyNames);
        stateCodes = Set.copyOf(stateCodes);
        topics = List.copyOf(topics);
    }

    /** One section of the note. */
    public record Section(String heading, String text) {
        public Section {
            Objects.requireNonNull(heading, "heading");
            Objects.requireNonNull(text, "text");
        }
    }
}
