package org.atlas1540.server.event;

/** Where a stored source document came from. */
public enum SourceOrigin {
    /** Imported by a person ({@code atlas import}). */
    IMPORT("import"),
    /** From the demo corpus that ships with the server. */
    DEMO("demo");

    private final String column;

    SourceOrigin(String column) {
        this.column = column;
    }

    String column() {
        return column;
    }
}
