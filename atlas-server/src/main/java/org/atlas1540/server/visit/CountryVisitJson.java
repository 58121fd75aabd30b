package org.atlas1540.server.visit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.atlas1540.server.event.RecordSource;
import org.atlas1540.server.web.Links;

/**
 * A country visit as the API writes it. Field names are part of the API: add fields, never rename them.
 *
 * @param nextStatuses the statuses its lifecycle allows next
 * @param version      the record's version, to send back with a change (optimistic locking)
 */
record CountryVisitJson(long id, String state, String stateName, String status, List<String> nextStatuses,
        Integer year, LocalDate startDate, LocalDate endDate, Source source, String outcomeNotes,
        OffsetDateTime createdAt, OffsetDateTime updatedAt, int version, ItemLinks links) {

    /** @param event the event's slug; @param fact its fact's number, from 1 */
    record Source(String event, Integer fact, String text, String eventLink) {
        static Source of(RecordSource source) {
            return new Source(source.eventSlug(), source.factNumber(), source.text(),
                    source.eventSlug() == null ? null : Links.absolute("/api/v1/events/" + source.eventSlug()));
        }
    }

    record ItemLinks(String html, String self, String state) {
    }

    static CountryVisitJson of(CountryVisit v) {
        return new CountryVisitJson(v.id().value(), v.state().value(), v.stateName(), v.status().id(),
                v.nextSteps().stream().map(t -> t.to().id()).toList(), v.year(), v.startDate(), v.endDate(),
                Source.of(v.source()), v.outcomeNotes(), v.createdAt(), v.updatedAt(), v.version(),
                new ItemLinks(Links.absolute("/country-visits/" + v.id()), Links.absolute("/api/v1/country-visits/"
                        + v.id()), Links.absolute("/api/v1/states/" + v.state().value())));
    }
}
