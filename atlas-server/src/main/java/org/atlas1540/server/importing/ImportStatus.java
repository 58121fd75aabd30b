package org.atlas1540.server.importing;

/** What importing one file did. */
public enum ImportStatus {
    /** A new event was stored. */
    IMPORTED("imported"),
    /** The same bytes were imported before; nothing changed. */
    UNCHANGED("unchanged"),
    /** The file is a new revision of a stored event, whose data it replaced. */
    UPDATED("updated"),
    /** The file could not be read or stored; nothing was stored. */
    FAILED("failed");

    private final String word;

    ImportStatus(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
