package org.atlas1540.server.export;

import java.time.LocalDate;
import java.util.List;
import org.atlas1540.server.event.EventRecord;
import org.atlas1540.server.web.Links;

/** An event in the JSON export. Field names are part of the export: add fields, never rename them. */
record ExportJson(String slug, String title, String kind, LocalDate startDate, LocalDate endDate, Venue venue,
        List<Party> organisers, List<Party> participants, List<String> topics, List<Resolution> resolutions,
        EventLinks links) {

    static ExportJson of(EventRecord e) {
        return new ExportJson(e.slug(), e.title(), e.kind(), e.startDate(), e.endDate(),
                new Venue(e.venue(), e.city(), e.country()),
                e.organisers().stream().map(Party::of).toList(), e.participants().stream().map(Party::of).toList(),
                e.topics(), e.resolutions().stream().map(r -> new Resolution(r.number(), r.year())).toList(),
                new EventLinks(Links.absolute("/events/" + e.slug()), Links.absolute("/api/v1/events/" + e.slug())));
    }

    /** @param country the host State's ISO alpha-3 code, when known */
    record Venue(String text, String city, String country) {
    }

    /** @param type state, organisation or unresolved; @param id null when unresolved */
    record Party(String type, String id, String name) {
        static Party of(EventRecord.Party p) {
            return new Party(p.type(), p.id(), p.name());
        }
    }

    record Resolution(int number, int year) {
    }

    /** @param html the event's page; @param self its API address */
    record EventLinks(String html, String self) {
    }
}
