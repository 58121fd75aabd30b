package org.atlas1540.server.importing;

import java.util.Objects;

/**
 * What importing a file would do, found without storing anything.
 *
 * @param reading   the file as read
 * @param wouldBe   IMPORTED (a new event), UPDATED (a new revision of {@code eventSlug}), UNCHANGED
 *                  (these exact bytes are stored already, as {@code eventSlug}) or FAILED
 * @param eventSlug the stored event it concerns; null for a new event or a failure
 */
public record ImportPreview(NoteReading reading, ImportStatus wouldBe, String eventSlug) {
    public ImportPreview {
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(wouldBe, "wouldBe");
    }
}
