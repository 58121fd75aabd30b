package org.atlas1540.server.recommendation;

import java.time.LocalDate;

/**
 * What a person says about a recommendation: the values {@link Recommendations#create} stores.
 *
 * @param eventSlug     the event that agreed it
 * @param owner         who is to follow it up (a person, an office, an organisation); null when not yet assigned
 * @param dueOn         by when; null when no date was set
 * @param sectionNumber the note's section it was taken from (from 1); null when entered by hand
 * @param factNumber    the note's recommendations fact it was taken from (from 1); null when not
 */
public record RecommendationValues(String eventSlug, String text, String owner, LocalDate dueOn,
        Integer sectionNumber, Integer factNumber) {
    public RecommendationValues {
        if (eventSlug == null || text == null || text.isBlank()) {
            throw new IllegalArgumentException("a recommendation needs its event and its text");
        }
    }

    /** The same recommendation with other owner, due date and text (where it came from stays). */
    RecommendationValues edited(String newText, String newOwner, LocalDate newDueOn) {
        return new RecommendationValues(eventSlug, newText, newOwner, newDueOn, sectionNumber, factNumber);
    }
}
