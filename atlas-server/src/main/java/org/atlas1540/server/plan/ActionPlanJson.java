package org.atlas1540.server.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.atlas1540.server.event.RecordSource;
import org.atlas1540.server.web.Links;

/**
 * A plan version as the API writes it. Field names are part of the API: add fields, never rename them.
 *
 * @param version the record's version, to send back with an update (optimistic locking)
 */
record ActionPlanJson(long id, String state, String stateName, int planVersion, String status, LocalDate submittedOn,
        Document document, Source source, OffsetDateTime createdAt, OffsetDateTime updatedAt, int version,
        ItemLinks links) {

    record Document(String title, String url) {
    }

    /** @param event the event's slug; @param fact its fact's number, from 1; @param eventLink its API address */
    record Source(String event, Integer fact, String text, String eventLink) {
        static Source of(RecordSource source) {
            return new Source(source.eventSlug(), source.factNumber(), source.text(),
                    source.eventSlug() == null ? null : Links.absolute("/api/v1/events/" + source.eventSlug()));
        }
    }

    record ItemLinks(String html, String self, String state) {
    }

    static ActionPlanJson of(ActionPlan p) {
        return new ActionPlanJson(p.id().value(), p.state().value(), p.stateName(), p.planVersion(), p.status().id(),
                p.submittedOn(), new Document(p.documentTitle(), p.documentUrl()), Source.of(p.source()),
                p.createdAt(), p.updatedAt(), p.version(),
                new ItemLinks(Links.absolute("/action-plans/" + p.id()), Links.absolute("/api/v1/action-plans/" + p.id()),
                        Links.absolute("/api/v1/states/" + p.state().value())));
    }
}
