package org.atlas1540.server.assistance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.atlas1540.server.web.Links;

/**
 * The JSON of the requests API. Field names are part of the API: add fields, never rename them.
 *
 * @param distributionDueOn         null until acknowledged
 * @param distributionOverdue       acknowledged more than seven days ago and not yet distributed
 * @param publicationConsent        false only ever reaches signed-in staff
 */
record RequestJson(long id, String state, String stateName, String area, String needs, LocalDate receivedOn,
        Source source, boolean publicationConsent, String status, LocalDate acknowledgedOn,
        LocalDate distributionDueOn, boolean distributionOverdue, int version, List<Transition> transitions,
        ItemLinks links) {

    /** @param factNumber the fact's number on the event's page, from 1 */
    record Source(String event, Integer factNumber, String text) {
    }

    /** @param actor null for the public: who made a change is for staff */
    record Transition(int number, String from, String to, String actor, OffsetDateTime at) {
    }

    record ItemLinks(String html, String self, String matches) {
    }

    static RequestJson of(AssistanceRequest r, LocalDate today, List<RequestTransition> transitions, boolean staff) {
        String self = "/api/v1/assistance-requests/" + r.id();
        return new RequestJson(r.id().value(), r.state().value(), r.stateName(), r.area().id(), r.needs(),
                r.receivedOn(), new Source(r.source().eventSlug(), r.source().factNumber(), r.source().text()),
                r.publicationConsent(), r.status().slug(), r.acknowledgedOn(), r.distributionDueOn(),
                r.distributionOverdue(today), r.version(),
                transitions == null ? null : transitions.stream().map(t -> new Transition(t.number(),
                        t.from() == null ? null : t.from().slug(), t.to().slug(), staff ? t.actor() : null, t.at()))
                        .toList(),
                new ItemLinks(Links.absolute(r.path()), Links.absolute(self), Links.absolute(self + "/matches")));
    }
}
