package org.atlas1540.server.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.atlas1540.notes.Note;
import org.atlas1540.notes.Party;
import org.atlas1540.notes.PartyType;

/**
 * The roles of an event's parties beyond organiser and participant, read from where and how the
 * note names them:
 * <ul>
 *   <li><b>host</b>: the State of the venue, when it organised or took part; and any party the
 *       organiser field names as host ("hosted by the Government of Serbia").</li>
 *   <li><b>speaker</b>: a participant listed under a heading that names speakers ("Organisations /
 *       Other speakers:", "Speakers:").</li>
 *   <li><b>remote</b>: a participant listed under a heading that says so ("Participated online:")
 *       or with a remark that does ("(via video link)", "(online)").</li>
 * </ul>
 * A party has each role once, whatever list it is in.
 */
final class PartyRoles {
    static final String HOST = "host";
    static final String SPEAKER = "speaker";
    static final String REMOTE = "remote";

    /** A sub-list heading in the text between two parties: a few words ending in a colon. */
    private static final Pattern HEADING = Pattern.compile("(\\p{L}[\\p{L} /&'’-]{0,60}?)\\s*:");
    private static final Pattern REMOTELY = Pattern.compile(
            "(?i)\\b(?:remote|remotely|online|on-line|video|virtual|virtually|teleconference|videoconference)");
    private static final Pattern NAMED_HOST = Pattern.compile("(?i)\\bhost(?:ed|s|ing)?\\b");
    /** Where the text before the first party of a field is looked at, at most. */
    private static final int WINDOW = 80;

    private PartyRoles() {
    }

    /** A party in a role. */
    record Role(String role, Party party) {
    }

    static List<Role> of(Note note) {
        var roles = new LinkedHashMap<String, Map<String, Party>>();
        roles.put(HOST, new LinkedHashMap<>());
        roles.put(SPEAKER, new LinkedHashMap<>());
        roles.put(REMOTE, new LinkedHashMap<>());
        String text = note.text();
        String venueCountry = note.venue() == null || note.venue().country() == null ? null
                : note.venue().country().value();
        for (List<Party> list : List.of(note.organisers(), note.participants())) {
            for (Party party : list) {
                if (party.type() == PartyType.STATE && party.id() != null && party.id().equals(venueCountry)) {
                    roles.get(HOST).putIfAbsent(identity(party), party);
                }
            }
        }
        Party previous = null;
        for (Party party : note.organisers()) {
            if (NAMED_HOST.matcher(before(text, previous, party)).find()) {
                roles.get(HOST).putIfAbsent(identity(party), party);
            }
            previous = party;
        }
        String group = null;
        previous = null;
        for (Party party : note.participants()) {
            String heading = lastHeading(before(text, previous, party));
            if (heading != null) {
                group = heading;
            }
            if (group != null && group.contains("speaker")) {
                roles.get(SPEAKER).putIfAbsent(identity(party), party);
            }
            if ((group != null && REMOTELY.matcher(group).find())
                    || (party.remark() != null && REMOTELY.matcher(party.remark()).find())) {
                roles.get(REMOTE).putIfAbsent(identity(party), party);
            }
            previous = party;
        }
        var result = new ArrayList<Role>();
        roles.forEach((role, parties) -> parties.values().forEach(p -> result.add(new Role(role, p))));
        return result;
    }

    /** The same State, organisation or unresolved name, wherever it is listed. */
    static String identity(Party party) {
        return party.type().json() + ":" + (party.id() != null ? party.id() : party.mention());
    }

    /**
     * The text between the previous party of the same field and this one; before the first, the
     * text since the start of its field's label (a blank line or a label word bounds it).
     */
    private static String before(String text, Party previous, Party party) {
        int end = party.span().start();
        if (previous != null && previous.span().end() <= end) {
            return text.substring(previous.span().end(), end);
        }
        int start = Math.max(0, end - WINDOW);
        String window = text.substring(start, end);
        int blank = window.lastIndexOf("\n\n");
        return blank >= 0 ? window.substring(blank + 2) : window;
    }

    /** The last heading in a stretch of text between parties, in lower case; null if none. */
    private static String lastHeading(String between) {
        Matcher m = HEADING.matcher(between);
        String last = null;
        while (m.find()) {
            last = m.group(1).strip().toLowerCase(Locale.ROOT);
        }
        return last;
    }
}
