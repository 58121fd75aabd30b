package org.atlas1540.server.event;

import java.util.List;

/**
 * A party of an event as its page shows it.
 *
 * @param type    state, organisation or unresolved
 * @param id      the State code or organisation id; null when unresolved
 * @param name    the canonical name, or the text as written when unresolved
 * @param mention the text as written in the note
 * @param roles   its roles beyond the list it is in, as words ("host", "speaker", "remote")
 */
record PartyView(String type, String id, String name, String mention, String remark, List<String> roles) {

    PartyView {
        roles = List.copyOf(roles);
    }

    /** A role as the page shows it. */
    static String roleLabel(String role) {
        return switch (role) {
            case "host" -> "host";
            case "speaker" -> "speaker";
            case "remote" -> "took part remotely";
            default -> role;
        };
    }

    /** The page of the State or organisation; null for an unresolved name, which is not linked. */
    public String href() {
        if (id == null) {
            return null;
        }
        return switch (type) {
            case "state" -> "/states/" + id;
            case "organisation" -> "/organisations/" + id;
            default -> null;
        };
    }

    /** The mention, when it differs from the name, so that the page can say how the note wrote it. */
    public String writtenAs() {
        return mention == null || mention.equals(name) ? null : mention;
    }

    boolean isState() {
        return "state".equals(type);
    }
}
