package org.atlas1540.server.visit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.atlas1540.reference.ReferenceData;
import org.atlas1540.reference.StateCode;
import org.atlas1540.server.event.RecordSource;
import org.atlas1540.server.web.DateText;

/**
 * A stored country visit.
 *
 * @param version the row's version for optimistic locking
 */
public record CountryVisit(CountryVisitId id, StateCode state, VisitStatus status, Integer year, LocalDate startDate,
        LocalDate endDate, RecordSource source, String outcomeNotes, OffsetDateTime createdAt,
        OffsetDateTime updatedAt, int version) {

    public CountryVisitValues values() {
        return new CountryVisitValues(state, status, year, startDate, endDate, source, outcomeNotes);
    }

    public String stateName() {
        return ReferenceData.standard().states().shortNameOf(state);
    }

    /** "3–5 May 2019" as "3 May 2019 – 5 May 2019"; the year alone; or "Not known". */
    public String when() {
        if (startDate == null) {
            return year == null ? "Not known" : year.toString();
        }
        return endDate == null || endDate.equals(startDate) ? DateText.of(startDate)
                : DateText.of(startDate) + " – " + DateText.of(endDate);
    }

    /** The steps its status may take next. */
    public List<VisitLifecycle.Transition> nextSteps() {
        return VisitLifecycle.from(status);
    }
}
