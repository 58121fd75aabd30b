package org.atlas1540.server.event;

/** How a State or an organisation was involved in an event. */
public enum Involvement {
    ORGANISER("organiser", "Organiser"),
    PARTICIPANT("participant", "Participant"),
    HOST("host", "Host country"),
    SPEAKER("speaker", "Speaker"),
    REMOTE("remote", "Took part remotely"),
    NATIONAL_BODY("national-body", "Through a national body");

    private final String column;
    private final String label;

    Involvement(String column, String label) {
        this.column = column;
        this.label = label;
    }

    public String label() {
        return label;
    }

    static Involvement fromColumn(String value) {
        for (Involvement i : values()) {
            if (i.column.equals(value)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown involvement: '" + value + "'");
    }
}
