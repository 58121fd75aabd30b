package org.atlas1540.server.event;

import io.swagger.v3.oas.annotations.Parameter;

/**
 * The events list's query string as given, every value a string so that binding never fails:
 * {@link EventFilterReader} reads it and says what is wrong with it. Also what the filter form
 * shows, so that a value the reader refused is still there to correct. The JSON API and the exports
 * take the same parameters ({@link EventCatalogue}).
 *
 * @param year a single year: the same as {@code from} and {@code to} both set to it
 */
public record EventQuery(
        @Parameter(description = "First year (by start date), inclusive, such as 2013") String from,
        @Parameter(description = "Last year (by start date), inclusive") String to,
        @Parameter(description = "One year: the same as from and to both set to it") String year,
        @Parameter(description = "A UN regional group (eastern-european-states, ...) or an M49 region or sub-region "
                + "(europe, southern-europe, ...): events that a State of it hosted or took part in") String region,
        @Parameter(description = "ISO 3166-1 alpha-3 code of a State that hosted or took part, such as SRB")
        String state,
        @Parameter(description = "Registry id of an organisation that organised or took part, such as OSCE")
        String organisation,
        @Parameter(description = "A topic id, such as export-control") String topic,
        @Parameter(description = "workshop, seminar, conference, meeting, training-course, country-visit or other")
        String kind,
        @Parameter(description = "date-desc (default), date-asc or title") String sort,
        @Parameter(description = "Page number, from 1 (lists only; exports have no pages)") String page) {

    public static EventQuery empty() {
        return new EventQuery(null, null, null, null, null, null, null, null, null, null);
    }

    /** The same query in another order, such as {@code date-asc}. */
    public EventQuery sortedBy(String order) {
        return new EventQuery(from, to, year, region, state, organisation, topic, kind, order, page);
    }

    /** The value given for a parameter, by its name; null when absent. */
    String valueOf(String parameter) {
        return switch (parameter) {
            case "from" -> from;
            case "to" -> to;
            case "year" -> year;
            case "region" -> region;
            case "state" -> state;
            case "organisation" -> organisation;
            case "topic" -> topic;
            case "kind" -> kind;
            case "sort" -> sort;
            case "page" -> page;
            default -> null;
        };
    }
}
