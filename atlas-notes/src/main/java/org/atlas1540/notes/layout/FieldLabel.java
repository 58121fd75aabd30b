package org.atlas1540.notes.layout;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.atlas1540.notes.text.Keywords;

/**
 * The labelled fields of a note's header, each with the ways notes spell its label. A label starts
 * a line and is followed by a tab, a colon, two spaces, or the end of the line (the value then
 * follows on the next lines).
 */
public enum FieldLabel {
    EVENT("Event(?: title)?|Title(?: of (?:the )?event)?|Name of (?:the )?event|Activity"),
    ORGANISERS("Organi[sz]ers?|Organi[sz]ed by|Co-organi[sz]ers?|Hosts?|Hosted by|Convened by"),
    DATE_AND_VENUE("Dates? (?:and|&) (?:Venue|Place|Location)|(?:Venue|Place|Location) (?:and|&) Dates?|Dates?/Venue"),
    DATE("Dates?|When"),
    VENUE("Venue|Place|Location|Where"),
    PARTICIPANTS("Participants|Participation|Participating (?:States|countries)|Attendees|Attendance");

    static final Pattern ANY;
    /**
     * Every match of ANY has one of these right after the line's leading blanks (each label
     * spelling above starts with one; ANY folds ASCII case only, as these do): a line that does
     * not start so is not tried against ANY (FieldLabelPrefilterTest).
     */
    static final Keywords LABEL_STARTS = Keywords.of("event", "title", "name ", "activity", "organi", "co-organi",
            "host", "convened", "date", "venue", "place", "location", "when", "where", "participa", "attend");

    static {
        var alternatives = new StringBuilder();
        for (FieldLabel label : values()) {
            alternatives.append(alternatives.length() == 0 ? "" : "|").append("(").append(label.pattern).append(")");
        }
        ANY = Pattern.compile("^[ \\t]*(?:" + alternatives + ")[ \\t]*(?::[ \\t]*|\\t[ \\t]*| {2,}|$)",
                Pattern.CASE_INSENSITIVE);
    }

    private final String pattern;

    FieldLabel(String pattern) {
        this.pattern = pattern;
    }

    /** A label at the start of a line: which field, and where its value starts. */
    record Found(FieldLabel label, String labelText, int valueStart) {
    }

    static Optional<Found> at(String line) {
        if (!LABEL_STARTS.startsAt(line, firstNonBlank(line))) {
            return Optional.empty();
        }
        Matcher m = ANY.matcher(line);
        if (!m.lookingAt()) { // as find(): ANY starts with ^, which holds only at the start of the line
            return Optional.empty();
        }
        FieldLabel[] labels = values();
        for (int g = 1; g <= labels.length; g++) {
            if (m.group(g) != null) {
                return Optional.of(new Found(labels[g - 1], m.group(g), m.end()));
            }
        }
        return Optional.empty();
    }

    /** Where ANY's {@code [ \t]*} at the start of the line ends. */
    static int firstNonBlank(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
