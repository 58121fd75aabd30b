package org.atlas1540.server.event;

import java.time.LocalDate;
import org.atlas1540.notes.EventKind;
import org.atlas1540.notes.Topic;
import org.atlas1540.reference.OrganisationId;
import org.atlas1540.reference.StateCode;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The events list's filters and order, read and checked ({@link EventFilterReader}); any filter
 * may be absent (null).
 *
 * @param fromYear the first year of the range of start dates
 * @param toYear   the last year, never before {@code fromYear}
 * @param region   events held in, or attended by, a State of this group or region
 * @param state    events held in, or attended or organised by, this State
 * @param page     the page number, from 1
 */
record EventFilter(
        Integer fromYear,
        Integer toYear,
        StateGrouping region,
        StateCode state,
        OrganisationId organisation,
        Topic topic,
        EventKind kind,
        EventSort sort,
        int page) {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;
    static final int LAST_PAGE = 100_000;

    EventFilter {
        if (fromYear != null && toYear != null && toYear < fromYear) {
            throw new IllegalArgumentException("the year range ends (" + toYear + ") before it starts (" + fromYear + ")");
        }
        if (page < 1 || page > LAST_PAGE) {
            throw new IllegalArgumentException("a page number is from 1 to " + LAST_PAGE + ", not " + page);
        }
        sort = sort == null ? EventSort.NEWEST : sort;
    }

    static EventFilter none() {
        return new EventFilter(null, null, null, null, null, null, null, EventSort.NEWEST, 1);
    }

    EventFilter withYears(Integer from, Integer to) {
        return new EventFilter(from, to, region, state, organisation, topic, kind, sort, page);
    }

    EventFilter withRegion(StateGrouping value) {
        return new EventFilter(fromYear, toYear, value, state, organisation, topic, kind, sort, page);
    }

    EventFilter withState(StateCode value) {
        return new EventFilter(fromYear, toYear, region, value, organisation, topic, kind, sort, page);
    }

    EventFilter withOrganisation(OrganisationId value) {
        return new EventFilter(fromYear, toYear, region, state, value, topic, kind, sort, page);
    }

    EventFilter withTopic(Topic value) {
        return new EventFilter(fromYear, toYear, region, state, organisation, value, kind, sort, page);
    }

    EventFilter withKind(EventKind value) {
        return new EventFilter(fromYear, toYear, region, state, organisation, topic, value, sort, page);
    }

    EventFilter sortedBy(EventSort value) {
        return new EventFilter(fromYear, toYear, region, state, organisation, topic, kind, value, page);
    }

    EventFilter onPage(int value) {
        return new EventFilter(fromYear, toYear, region, state, organisation, topic, kind, sort, value);
    }

    /** The first day of the range, or null. */
    LocalDate startsOnOrAfter() {
        return fromYear == null ? null : LocalDate.of(fromYear, 1, 1);
    }

    /** The day after the range, or null. */
    LocalDate startsBefore() {
        return toYear == null ? null : LocalDate.of(toYear + 1, 1, 1);
    }

    boolean isActive() {
        return fromYear != null || toYear != null || region != null || state != null || organisation != null
                || topic != null || kind != null;
    }

    /** The query string values of this filter, as the form shows them. */
    EventQuery asQuery() {
        return new EventQuery(
                fromYear == null ? null : fromYear.toString(),
                toYear == null ? null : toYear.toString(),
                null,
                region == null ? null : region.id(),
                state == null ? null : state.value(),
                organisation == null ? null : organisation.value(),
                topic == null ? null : topic.json(),
                kind == null ? null : kind.json(),
                sort.param(),
                page == 1 ? null : String.valueOf(page));
    }

    /** The address of another page of the same results; the default order is left out. */
    public String link(long toPage) {
        var uri = UriComponentsBuilder.fromPath("/events");
        EventQuery q = asQuery();
        add(uri, "from", q.from());
        add(uri, "to", q.to());
        add(uri, "region", q.region());
        add(uri, "state", q.state());
        add(uri, "organisation", q.organisation());
        add(uri, "topic", q.topic());
        add(uri, "kind", q.kind());
        add(uri, "sort", sort == EventSort.NEWEST ? null : sort.param());
        add(uri, "page", toPage > 1 ? String.valueOf(toPage) : null);
        return uri.encode().build().toUriString();
    }

    /**
     * An export of the same events, such as {@code events.csv} or {@code participation.csv}: the
     * same filters and order, no page.
     */
    public String exportLink(String file) {
        var uri = UriComponentsBuilder.fromPath("/exports/" + file);
        EventQuery q = asQuery();
        add(uri, "from", q.from());
        add(uri, "to", q.to());
        add(uri, "region", q.region());
        add(uri, "state", q.state());
        add(uri, "organisation", q.organisation());
        add(uri, "topic", q.topic());
        add(uri, "kind", q.kind());
        add(uri, "sort", sort == EventSort.NEWEST ? null : sort.param());
        return uri.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder uri, String name, String value) {
        if (value != null) {
            uri.queryParam(name, value);
        }
    }
}
