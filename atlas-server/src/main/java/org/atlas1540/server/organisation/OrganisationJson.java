package org.atlas1540.server.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.atlas1540.server.event.EventInvolvement;
import org.atlas1540.server.web.Links;

/** The JSON of the organisations API. Field names are part of the API: add fields, never rename them. */
final class OrganisationJson {
    private OrganisationJson() {
    }

    /**
     * @param calendar the iCalendar feed of its events
     * @param events   the API's list of events filtered to it
     */
    record OrganisationLinks(String html, String self, String calendar, String events) {
        static OrganisationLinks of(String id) {
            return new OrganisationLinks(Links.absolute("/organisations/" + id),
                    Links.absolute("/api/v1/organisations/" + id), Links.absolute("/organisations/" + id + "/events.ics"),
                    Links.absolute("/api/v1/events?organisation=" + id));
        }
    }

    /**
     * @param kind    un-body, international-organisation, regional-organisation, national-agency, ...
     * @param country for a national agency, its State's code
     * @param events  how many events name it
     */
    record OrganisationItem(String id, String acronym, String name, String kind, String country, int events,
            OrganisationLinks links) {
    }

    record EventLinks(String html, String self) {
    }

    /** @param roles organiser, participant */
    record OrganisationEvent(String slug, String title, String kind, LocalDate startDate, LocalDate endDate,
            String venue, List<String> roles, EventLinks links) {
        static OrganisationEvent of(EventInvolvement e) {
            return new OrganisationEvent(e.slug(), e.title(), e.kind(), e.startDate(), e.endDate(), e.venue(),
                    e.roles().stream().sorted().map(r -> r.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList(),
                    new EventLinks(Links.absolute("/events/" + e.slug()), Links.absolute("/api/v1/events/" + e.slug())));
        }
    }

    /** @param aliases other names notes write it as; @param events newest first */
    record Organisation(String id, String acronym, String name, String kind, String country, List<String> aliases,
            List<OrganisationEvent> events, OrganisationLinks links) {
    }
}
