package org.atlas1540.server.importing;

import java.util.Objects;

/**
 * The outcome of importing one file.
 *
 * @param source    the file as it was named
 * @param status    what happened
 * @param reason    why it failed, in words for the person who gave the file; null unless failed
 * @param eventSlug the slug of the event's page; null when failed
 */
public record ImportResult(String source, ImportStatus status, String reason, String eventSlug) {
    public ImportResult {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
        if ((status == ImportStatus.FAILED) != (reason != null)) {
            throw new IllegalArgumentException("a reason is given exactly when the import failed");
        }
    }

    static ImportResult failed(String source, String reason) {
        return new ImportResult(source, ImportStatus.FAILED, reason, null);
    }

    static ImportResult of(String source, ImportStatus status, String eventSlug) {
        return new ImportResult(source, status, null, eventSlug);
    }

    public boolean failed() {
        return status == ImportStatus.FAILED;
    }
}
