package org.atlas1540.server.event;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** The current source document of an event, and how many revisions the event has. */
record SourceView(String fileName, String mediaType, String sha256, String origin, OffsetDateTime importedAt,
        int revision) {

    public String importedAtText() {
        return importedAt == null ? "" : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").format(importedAt);
    }

    public boolean demo() {
        return "demo".equals(origin);
    }
}
