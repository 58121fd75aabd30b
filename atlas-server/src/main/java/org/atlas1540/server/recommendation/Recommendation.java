package org.atlas1540.server.recommendation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.atlas1540.server.web.DateText;

/**
 * A stored recommendation.
 *
 * @param version the row's version for optimistic locking
 */
public record Recommendation(RecommendationId id, String eventSlug, String text, String owner, LocalDate dueOn,
        RecommendationStatus status, Integer sectionNumber, Integer factNumber, OffsetDateTime createdAt,
        OffsetDateTime updatedAt, int version) {

    public RecommendationValues values() {
        return new RecommendationValues(eventSlug, text, owner, dueOn, sectionNumber, factNumber);
    }

    /** Still to be done, and due before {@code today}. */
    public boolean isOverdue(LocalDate today) {
        return status.isPending() && dueOn != null && dueOn.isBefore(today);
    }

    public String dueText() {
        return dueOn == null ? "No due date" : DateText.of(dueOn);
    }

    public List<RecommendationLifecycle.Transition> nextSteps() {
        return RecommendationLifecycle.from(status);
    }
}
