package org.atlas1540.server.visit;

import java.time.LocalDate;
import org.atlas1540.reference.StateCode;
import org.atlas1540.server.event.RecordSource;

/**
 * What a person (or the review queue) says about a country visit: the values that {@link
 * CountryVisits#create} stores. Its dates cannot end before they start.
 *
 * @param status       the status it is recorded in (changed later only by {@link VisitLifecycle} steps)
 * @param year         the year named for it, when the dates are not known; null when not
 * @param startDate    its first day; null when not known
 * @param endDate      its last day; null for a one-day visit or when not known
 * @param outcomeNotes what came of it; null when nothing is recorded
 */
public record CountryVisitValues(StateCode state, VisitStatus status, Integer year, LocalDate startDate,
        LocalDate endDate, RecordSource source, String outcomeNotes) {
    public CountryVisitValues {
        if (state == null || status == null || source == null) {
            throw new IllegalArgumentException("a visit needs its State, status and source (RecordSource.NONE)");
        }
        if (endDate != null && (startDate == null || endDate.isBefore(startDate))) {
            throw new IllegalArgumentException("a visit cannot end before it starts");
        }
        if (year != null && startDate != null && startDate.getYear() != year) {
            throw new IllegalArgumentException("the year is not the start date's");
        }
    }
}
