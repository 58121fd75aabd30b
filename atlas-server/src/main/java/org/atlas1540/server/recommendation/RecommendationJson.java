package org.atlas1540.server.recommendation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.atlas1540.server.web.Links;

/**
 * A recommendation as the API writes it. Field names are part of the API: add fields, never rename them.
 *
 * @param overdue      still to be done and due before today
 * @param nextStatuses the statuses its lifecycle allows next
 * @param followUps    its follow-up, oldest first (in the list: null; see the recommendation itself)
 * @param version      the record's version, to send back with a change (optimistic locking)
 */
record RecommendationJson(long id, String event, String text, String owner, LocalDate dueOn, String status,
        boolean overdue, List<String> nextStatuses, Source source, List<FollowUpJson> followUps,
        OffsetDateTime createdAt, OffsetDateTime updatedAt, int version, ItemLinks links) {

    /** Where in the note it was taken from: a section's or a fact's number (from 1); both null when entered. */
    record Source(Integer section, Integer fact) {
    }

    record FollowUpJson(long id, LocalDate writtenOn, String author, String text, OffsetDateTime createdAt) {
        static FollowUpJson of(FollowUp f) {
            return new FollowUpJson(f.id(), f.writtenOn(), f.author(), f.text(), f.createdAt());
        }
    }

    record ItemLinks(String html, String self, String event) {
    }

    static RecommendationJson of(Recommendation r, LocalDate today, List<FollowUp> followUps) {
        return new RecommendationJson(r.id().value(), r.eventSlug(), r.text(), r.owner(), r.dueOn(), r.status().id(),
                r.isOverdue(today), r.nextSteps().stream().map(t -> t.to().id()).toList(),
                new Source(r.sectionNumber(), r.factNumber()),
                followUps == null ? null : followUps.stream().map(FollowUpJson::of).toList(), r.createdAt(),
                r.updatedAt(), r.version(),
                new ItemLinks(Links.absolute("/recommendations/" + r.id()),
                        Links.absolute("/api/v1/recommendations/" + r.id()),
                        Links.absolute("/api/v1/events/" + r.eventSlug())));
    }
}
