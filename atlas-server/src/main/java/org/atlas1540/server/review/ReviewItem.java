package org.atlas1540.server.review;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.atlas1540.server.event.FactReview.QueuedFact;
import org.atlas1540.server.event.SourceFact;

/** One row of the queue: the fact, its event, the sentence it was read from, and what to do with it. */
record ReviewItem(SourceFact fact, String typeLabel, String eventTitle, String eventDate, String details,
        ReviewAction action) {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    static ReviewItem of(QueuedFact queued) {
        LocalDate date = queued.eventDate();
        return new ReviewItem(queued.fact(), queued.typeLabel(), queued.eventTitle(),
                date == null ? "undated" : DATE.format(date), FactDetails.of(queued.fact().payload()),
                ReviewAction.of(queued.fact()));
    }
}
