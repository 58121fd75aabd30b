package org.atlas1540.server.state;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.atlas1540.server.event.EventInvolvement;
import org.atlas1540.server.event.Involvement;
import org.atlas1540.server.web.Links;

/** The JSON of the States API. Field names are part of the API: add fields, never rename them. */
final class StateJson {
    private StateJson() {
    }

    /**
     * @param calendar the iCalendar feed of the State's events
     * @param events   the API's list of events filtered to this State
     */
    record StateLinks(String html, String self, String calendar, String events) {
        static StateLinks of(String code) {
            return new StateLinks(Links.absolute("/states/" + code), Links.absolute("/api/v1/states/" + code),
                    Links.absolute("/states/" + code + "/events.ics"), Links.absolute("/api/v1/events?state=" + code));
        }
    }

    /**
     * @param status   member, observer or other
     * @param groups   UN regional group ids
     * @param region   M49 region
     * @param events   how many events it hosted or is named by
     */
    record StateItem(String code, String alpha2, String shortName, String status, String region, String subregion,
            List<String> groups, String osceStatus, int events, StateLinks links) {
    }

    record Group(String id, String label) {
    }

    record EventLinks(String html, String self) {
    }

    /** @param roles organiser, participant, host, national-body */
    record StateEvent(String slug, String title, String kind, LocalDate startDate, LocalDate endDate, String venue,
            List<String> roles, EventLinks links) {
        static StateEvent of(EventInvolvement e) {
            return new StateEvent(e.slug(), e.title(), e.kind(), e.startDate(), e.endDate(), e.venue(),
                    e.roles().stream().sorted().map(StateJson::roleId).toList(),
                    new EventLinks(Links.absolute("/events/" + e.slug()), Links.absolute("/api/v1/events/" + e.slug())));
        }
    }

    /** @param events newest first */
    record State(String code, String alpha2, String shortName, String formalName, String status, List<Group> groups,
            String region, String subregion, String osceStatus, List<StateEvent> events, StateLinks links) {
    }

    /** {@code NATIONAL_BODY} is {@code national-body}, as the event pages' data calls it. */
    static String roleId(Involvement role) {
        return role.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
