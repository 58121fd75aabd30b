package org.atlas1540.notes;

import java.util.List;

/**
 * Everything read from one information note. Lists are never null; single values are null when
 * the note does not give them.
 *
 * @param text the normalised text of the note; every {@link Span} points into it
 */
public record Note(
        SourceInfo source,
        String text,
        String title,
        EventKind kind,
        DateRange dates,
        Venue venue,
        List<Party> organisers,
        List<Party> participants,
        List<Section> sections,
        List<Topic> topics,
        List<ResolutionCitation> resolutions,
        List<String> emails,
        List<String> urls,
        List<Fact> facts,
        List<String> warnings) {

    public Note {
        organisers = List.copyOf(organisers);
        participants = List.copyOf(participants);
        sections = List.copyOf(sections);
        topics = List.copyOf(topics);
        resolutions = List.copyOf(resolutions);
        emails = List.copyOf(emails);
        urls = List.copyOf(urls);
        facts = List.copyOf(facts);
        warnings = List.copyOf(warnings);
    }
}
