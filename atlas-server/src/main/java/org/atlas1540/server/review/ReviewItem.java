package org.atlas1540.server.review;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.atlas1540.reference.ReferenceData;
import org.atlas1540.reference.StateCode;
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

    /** The fact's State by its short name (the code stands in for one the reference data does not know); null without one. */
    public String state() {
        return fact.stateCode() == null ? null : stateName(fact.stateCode());
    }

    static String stateName(String code) {
        try {
            return ReferenceData.standard().states().shortNameOf(StateCode.of(code));
        } catch (IllegalArgumentException e) {
            return code;
        }
    }
}
