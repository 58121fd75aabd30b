package org.atlas1540.server.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.atlas1540.server.web.Links;

/**
 * An iCalendar (RFC 5545) feed of events. Each event is all-day: DTSTART and DTEND are dates and
 * DTEND is the day after the last day, as the standard has it. The UID is made of the event's
 * slug, which stays the same when a note is revised, so a calendar that subscribes updates its
 * entries instead of doubling them. Events without a date are left out: a calendar cannot place them.
 */
final class EventCalendar {
    static final String UID_DOMAIN = "@atlas1540";

    private EventCalendar() {
    }

    /**
     * @param name the calendar's name, shown by calendar programs
     * @param now  when the feed is made (each entry's DTSTAMP)
     */
    static String of(String name, List<CalendarEntry> entries, Instant now) {
        var properties = new ArrayList<Property>();
        properties.add(new ProdId("-//Atlas 1540//Events//EN"));
        properties.add(ImmutableVersion.VERSION_2_0);
        properties.add(ImmutableCalScale.GREGORIAN);
        properties.add(new XProperty("X-WR-CALNAME", name));
        var events = new ArrayList<CalendarComponent>();
        for (CalendarEntry entry : entries) {
            if (entry.startDate() != null) {
                events.add(event(entry, now));
            }
        }
        var calendar = new Calendar(new PropertyList(properties), new ComponentList<>(events));
        var out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("the calendar does not validate: " + e.getMessage(), e);
        }
        return out.toString();
    }

    private static VEvent event(CalendarEntry entry, Instant now) {
        var end = (entry.endDate() == null ? entry.startDate() : entry.endDate()).plusDays(1);
        String title = entry.title() == null || entry.title().isBlank() ? "(untitled event)" : entry.title();
        var event = new VEvent(entry.startDate(), end, title);
        event.replace(new DtStamp(now));
        event.add(new Uid(entry.slug() + UID_DOMAIN));
        event.add(new Url(URI.create(Links.absolute("/events/" + entry.slug()))));
        if (entry.venue() != null && !entry.venue().isBlank()) {
            event.add(new Location(entry.venue()));
        }
        if (entry.kind() != null) {
            event.add(new Categories(entry.kind()));
        }
        event.add(new Description("Information note on this event: " + Links.absolute("/events/" + entry.slug())));
        return event;
    }
}
