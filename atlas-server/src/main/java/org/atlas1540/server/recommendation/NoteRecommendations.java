package org.atlas1540.server.recommendation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.atlas1540.server.event.EventSources;
import org.atlas1540.server.event.NoteSection;
import org.atlas1540.server.event.SourceFact;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The recommendations an event's note offers to take: each item of its recommendations sections (a
 * list item, or else a paragraph), and each recommendations fact the reader found elsewhere ("agreed
 * on a set of recommendations (see attachment)"). Staff choose, edit and take them; one already
 * taken is marked.
 */
@Component
class NoteRecommendations {
    static final String SECTION_KIND = "recommendations";
    static final String FACT_TYPE = "recommendations";
    /** A list item's marker: a dash or bullet, "1." or "1)", "(a)" or "a)", "i.". */
    private static final Pattern ITEM = Pattern.compile("^\\s*(?:[-–—•*·]|\\(?[0-9]{1,2}[.)]|\\(?[a-z][.)]|"
            + "\\(?[ivx]{1,4}[.)])\\s+");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final EventSources sources;

    NoteRecommendations(EventSources sources) {
        this.sources = sources;
    }

    /**
     * What the note of this event offers, in the note's order.
     *
     * @param taken the texts of the event's recommendations (a candidate with the same text is marked taken)
     */
    List<Candidate> of(String eventSlug, List<String> taken) {
        Set<String> takenTexts = taken.stream().map(Recommendations::normalised).collect(Collectors.toSet());
        var candidates = new ArrayList<Candidate>();
        for (NoteSection section : sources.sections(eventSlug)) {
            if (SECTION_KIND.equals(section.kind())) {
                for (String item : items(section.text())) {
                    candidates.add(new Candidate(candidates.size(), item, section.number(), null,
                            "Section " + section.number() + ", " + section.heading(),
                            takenTexts.contains(Recommendations.normalised(item))));
                }
            }
        }
        for (SourceFact fact : sources.facts(eventSlug, FACT_TYPE)) {
            String text = factText(fact);
            candidates.add(new Candidate(candidates.size(), text, null, fact.number(),
                    "Fact " + fact.number() + ": \u201c" + fact.quote() + "\u201d",
                    takenTexts.contains(Recommendations.normalised(text))));
        }
        return candidates;
    }

    /**
     * The recommendations a section's text holds: its list items when it has a list (each with the
     * lines that continue it, the marker taken off; a line introducing the list is left out), else
     * its paragraphs.
     */
    static List<String> items(String text) {
        String[] lines = text.split("\n");
        boolean listed = false;
        for (String line : lines) {
            listed |= ITEM.matcher(line).find();
        }
        var items = new ArrayList<String>();
        if (listed) {
            StringBuilder current = null;
            for (String line : lines) {
                var marker = ITEM.matcher(line);
                if (marker.find()) {
                    if (current != null) {
                        items.add(current.toString().strip());
                    }
                    current = new StringBuilder(line.substring(marker.end()).strip());
                } else if (current != null && !line.isBlank()) {
                    current.append(' ').append(line.strip());
                } else if (current != null) {
                    items.add(current.toString().strip());
                    current = null;
                }
            }
            if (current != null) {
                items.add(current.toString().strip());
            }
        } else {
            for (String paragraph : text.split("\\n\\s*\\n")) {
                String joined = paragraph.strip().replaceAll("\\s*\\n\\s*", " ");
                if (!joined.isEmpty()) {
                    items.add(joined);
                }
            }
        }
        return items.stream().map(NoteRecommendations::withoutTrailingSeparator).filter(s -> !s.isEmpty()).toList();
    }

    /** "The recommendations (Attachment 1): informal recommendations for follow-up action." */
    private static String factText(SourceFact fact) {
        JsonNode payload = JSON.readTree(fact.payload());
        String description = text(payload.get("description"));
        String attachment = text(payload.get("attachment"));
        String what = description.isEmpty() ? fact.quote() : description;
        String capitalised = what.isEmpty() ? "Recommendations" : Character.toUpperCase(what.charAt(0)) + what.substring(1);
        return attachment.isEmpty() ? capitalised : capitalised + " (" + attachment + ")";
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? "" : node.asString().strip();
    }

    /** A list item ends with ";" or ", and" in a sentence that runs on; the recommendation does not. */
    private static String withoutTrailingSeparator(String item) {
        String s = item.strip();
        if (s.endsWith("; and") || s.endsWith(", and")) {
            s = s.substring(0, s.length() - 5);
        }
        if (s.endsWith(";") || s.endsWith(",")) {
            s = s.substring(0, s.length() - 1) + ".";
        }
        return s.strip();
    }

    /**
     * @param index         its place on the page, from 0 (the form's field names carry it)
     * @param sectionNumber the section it is from (from 1); null when from a fact
     * @param factNumber    the fact it is from (from 1); null when from a section
     * @param where         where in the note, for a person
     * @param taken         the event has a recommendation with this text already
     */
    record Candidate(int index, String text, Integer sectionNumber, Integer factNumber, String where, boolean taken) {
    }
}
