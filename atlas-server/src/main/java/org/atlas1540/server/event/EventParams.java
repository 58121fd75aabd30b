package org.atlas1540.server.event;

import io.swagger.v3.oas.annotations.Parameter;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.atlas1540.notes.EventKind;
import org.atlas1540.notes.Topic;
import org.atlas1540.reference.OrganisationId;
import org.atlas1540.reference.StateCode;
import org.atlas1540.server.web.InvalidParameterException;

/**
 * The filters of a list of events as the query string gives them, all text, so that binding never
 * fails; {@link #toQuery()} checks them and says which one is wrong and why.
 */
public record EventParams(
        @Parameter(description = "First year (by start date), inclusive, such as 2013") String from,
        @Parameter(description = "Last year (by start date), inclusive") String to,
        @Parameter(description = "A UN regional group (eastern-european, ...) or an M49 region or sub-region "
                + "(europe, southern-europe, ...): events that a State of it hosted or took part in") String region,
        @Parameter(description = "ISO 3166-1 alpha-3 code of a State that hosted or took part, such as SRB") String state,
        @Parameter(description = "Registry id of an organisation that organised or took part, such as OSCE")
        String organisation,
        @Parameter(description = "A topic id, such as export-control") String topic,
        @Parameter(description = "workshop, seminar, conference, meeting, training-course, country-visit or other")
        String kind,
        @Parameter(description = "date-desc (default), date-asc or title") String sort) {

    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2100;

    /** No filter. */
    public static EventParams none() {
        return new EventParams(null, null, null, null, null, null, null, null);
    }

    /** @throws InvalidParameterException naming the first parameter that cannot be used */
    public EventQuery toQuery() {
        Integer fromYear = year("from", from);
        Integer toYear = year("to", to);
        if (fromYear != null && toYear != null && toYear < fromYear) {
            throw new InvalidParameterException("to", to, "a year not before 'from' (" + fromYear + ")");
        }
        String regionId = blankToNull(region);
        var regionStates = regionId == null ? null : Regions.states(regionId.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new InvalidParameterException("region", region, "one of " + Regions.ids()));
        return new EventQuery(fromYear, toYear, regionId == null ? null : regionId.toLowerCase(Locale.ROOT),
                regionStates, stateCode(), organisationId(), topicValue(), kindValue(), order());
    }

    private static Integer year(String name, String value) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        String rule = "a year from " + MIN_YEAR + " to " + MAX_YEAR + ", such as 2013";
        if (!text.matches("\\d{4}")) {
            throw new InvalidParameterException(name, value, rule);
        }
        int year = Integer.parseInt(text);
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new InvalidParameterException(name, value, rule);
        }
        return year;
    }

    private StateCode stateCode() {
        return QueryValues.state("state", state);
    }

    private OrganisationId organisationId() {
        return QueryValues.organisation("organisation", organisation);
    }

    private Topic topicValue() {
        return choice("topic", topic, Topic.values(), Topic::json);
    }

    private EventKind kindValue() {
        return choice("kind", kind, EventKind.values(), EventKind::json);
    }

    private EventSort order() {
        return choice("sort", sort, EventSort.values(), EventSort::id);
    }

    private static <T> T choice(String name, String value, T[] choices, Function<T, String> id) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        return Arrays.stream(choices).filter(c -> id.apply(c).equals(text.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new InvalidParameterException(name, value,
                        "one of " + Arrays.stream(choices).map(id).collect(Collectors.joining(", "))));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
