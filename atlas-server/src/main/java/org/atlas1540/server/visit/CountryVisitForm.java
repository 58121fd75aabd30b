package org.atlas1540.server.visit;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.atlas1540.reference.StateCode;
import org.atlas1540.server.event.RecordSource;
import org.atlas1540.server.web.Inputs;

/**
 * A visit's values as the form and the JSON body give them: text, read by {@link #read}. The status
 * is read when a visit is recorded; on an update it stays as it is (it changes by a transition).
 *
 * @param version the row version the editor read (optimistic locking); required to update
 */
@Schema(name = "CountryVisitInput")
record CountryVisitForm(
        @Schema(description = "ISO alpha-3 code of the State", example = "NAM") String state,
        @Schema(description = "proposed, requested, scheduled, conducted or declined; only when recording it")
        String status,
        @Schema(description = "The year named for it, when the dates are not known", example = "2018") String year,
        @Schema(description = "ISO date of its first day") String startDate,
        @Schema(description = "ISO date of its last day, not before the first") String endDate,
        @Schema(description = "Slug of the event it was learned from") String sourceEvent,
        @Schema(description = "Number (from 1) of that event's fact") String sourceFact,
        @Schema(description = "A source in words, when it is not an event") String sourceText,
        String outcomeNotes,
        @Schema(description = "The version of the record that was read; required to update") String version) {

    static final int MAX_SOURCE_TEXT = 1000;
    static final int MAX_OUTCOME = 4000;

    static CountryVisitForm newVisit(String state, String sourceEvent, String sourceFact) {
        return new CountryVisitForm(state, VisitStatus.PROPOSED.id(), null, null, null, sourceEvent, sourceFact, null,
                null, null);
    }

    static CountryVisitForm of(CountryVisit v) {
        return new CountryVisitForm(v.state().value(), v.status().id(), v.year() == null ? null : v.year().toString(),
                text(v.startDate()), text(v.endDate()), v.source().eventSlug(),
                v.source().factNumber() == null ? null : v.source().factNumber().toString(), v.source().text(),
                v.outcomeNotes(), Integer.toString(v.version()));
    }

    /**
     * The values, or null when one cannot be used ({@code inputs} holds the messages).
     *
     * @param current the status the visit has (an update), or null to read it from the form (a new visit)
     */
    CountryVisitValues read(Inputs inputs, VisitStatus current) {
        StateCode code = inputs.state("state", "State", state, true);
        VisitStatus visitStatus = current != null ? current
                : inputs.choice("status", "Status", status, VisitStatus::of, VisitStatus.allowed(), true);
        Integer visitYear = inputs.whole("year", "Year", year, 2004, 2100, false);
        LocalDate start = inputs.date("startDate", "Start date", startDate, false);
        LocalDate end = inputs.date("endDate", "End date", endDate, false);
        if (end != null && start == null && !inputs.problems().has("startDate")) {
            inputs.problems().add("startDate", "Give the start date too, or leave the end date empty.");
        }
        if (start != null && end != null && end.isBefore(start)) {
            inputs.problems().add("endDate", "The end date " + end + " is before the start date " + start + ".");
        }
        if (visitYear != null && start != null && start.getYear() != visitYear) {
            inputs.problems().add("year", "The year " + visitYear + " is not the start date's year (" + start.getYear()
                    + "); leave the year empty when the dates are known.");
        }
        RecordSource source = RecordSource.read(inputs, sourceEvent, sourceFact, sourceText, MAX_SOURCE_TEXT);
        String notes = inputs.text("outcomeNotes", "Outcome", outcomeNotes, MAX_OUTCOME, false);
        if (!inputs.problems().isEmpty()) {
            return null;
        }
        return new CountryVisitValues(code, visitStatus, visitYear, start, end, source, notes);
    }

    Integer expectedVersion(Inputs inputs) {
        return inputs.whole("version", "Version", version, 0, Integer.MAX_VALUE - 1, true);
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
