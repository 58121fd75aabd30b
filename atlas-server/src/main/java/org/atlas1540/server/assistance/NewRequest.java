package org.atlas1540.server.assistance;

import java.time.LocalDate;
import java.util.Objects;
import org.atlas1540.reference.StateCode;

/**
 * A request as it is to be stored, its values already checked ({@link RequestFormReader} reads a
 * form into one; the review queue builds one from a confirmed fact).
 *
 * @param publicationConsent the requesting State agreed that a summary is published
 */
public record NewRequest(StateCode state, AssistanceArea area, String needs, LocalDate receivedOn,
        RequestSource source, boolean publicationConsent) {
    public static final int MAX_NEEDS = 4000;

    public NewRequest {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(needs, "needs");
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(source, "source");
        if (needs.isBlank() || needs.length() > MAX_NEEDS) {
            throw new IllegalArgumentException("What is needed must be 1 to " + MAX_NEEDS + " characters.");
        }
    }
}
