package org.atlas1540.server.recommendation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.atlas1540.server.web.DateText;

/**
 * An entry in a recommendation's follow-up: what was done or learned, when, by whom. Entries are
 * added, never changed.
 */
public record FollowUp(long id, RecommendationId recommendation, LocalDate writtenOn, String author, String text,
        OffsetDateTime createdAt) {

    public String writtenText() {
        return DateText.of(writtenOn);
    }
}
