package org.atlas1540.server.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.atlas1540.notes.EventKind;
import org.atlas1540.notes.Topic;
import org.atlas1540.reference.OrganisationId;
import org.atlas1540.reference.ReferenceData;
import org.atlas1540.reference.StateCode;

/**
 * Reads the events list's query string into an {@link EventFilter}. Every value that cannot be
 * used becomes a {@link FilterProblem} with a sentence naming it; the filter then holds only the
 * values that could be read, and the form the values as typed, for the person to correct.
 */
final class EventFilterReader {
    /** Longer values are cut in messages: a message must stay readable whatever was typed. */
    private static final int SHOWN = 40;

    private EventFilterReader() {
    }

    /**
     * @param filter   the values that could be read
     * @param form     what the filter form shows: each value read in its canonical spelling, each
     *                 refused value as typed
     * @param problems empty when every value could be read
     */
    record Reading(EventFilter filter, EventQuery form, List<FilterProblem> problems) {
        Reading {
            problems = List.copyOf(problems);
        }

        boolean valid() {
            return problems.isEmpty();
        }
    }

    static Reading read(EventQuery query, Function<String, Optional<StateGrouping>> regions) {
        var problems = new ArrayList<FilterProblem>();
        var reader = new Fields(problems);
        Integer from = reader.year("from", query.from());
        Integer to = reader.year("to", query.to());
        String single = blankToNull(query.year());
        if (single != null) {
            if (query.from() != null && !query.from().isBlank() || query.to() != null && !query.to().isBlank()) {
                problems.add(new FilterProblem("year", "Give either one year or a range of years (from, to), not both."));
            } else {
                from = reader.year("year", single);
                to = from;
            }
        }
        if (from != null && to != null && to < from) {
            problems.add(new FilterProblem("to", "The range of years ends in " + to + ", before it starts in " + from
                    + "."));
            to = null;
        }
        EventFilter filter = EventFilter.none()
                .withYears(from, to)
                .withRegion(reader.region(query.region(), regions))
                .withState(reader.state(query.state()))
                .withOrganisation(reader.organisation(query.organisation()))
                .withTopic(reader.topic(query.topic()))
                .withKind(reader.kind(query.kind()))
                .sortedBy(reader.sort(query.sort()))
                .onPage(reader.page(query.page()));
        return new Reading(filter, form(query, filter, problems), problems);
    }

    private static EventQuery form(EventQuery typed, EventFilter filter, List<FilterProblem> problems) {
        Set<String> refused = problems.stream().map(FilterProblem::field).collect(Collectors.toSet());
        EventQuery read = filter.asQuery();
        boolean years = refused.contains("year") || refused.contains("from") || refused.contains("to");
        return new EventQuery(
                years ? typed.from() : read.from(),
                years ? typed.to() : read.to(),
                refused.contains("year") ? typed.year() : null,
                refused.contains("region") ? typed.region() : read.region(),
                refused.contains("state") ? typed.state() : read.state(),
                refused.contains("organisation") ? typed.organisation() : read.organisation(),
                refused.contains("topic") ? typed.topic() : read.topic(),
                refused.contains("kind") ? typed.kind() : read.kind(),
                refused.contains("sort") ? typed.sort() : read.sort(),
                refused.contains("page") ? typed.page() : read.page());
    }

    /** One method per field; each adds a problem and returns null for a value it cannot use. */
    private record Fields(List<FilterProblem> problems) {

        Integer year(String field, String value) {
            String v = blankToNull(value);
            if (v == null) {
                return null;
            }
            if (!v.matches("\\d{1,4}")) {
                return refuse(field, "'" + shown(v) + "' is not a year: give four digits, such as 2013.");
            }
            int year = Integer.parseInt(v);
            if (year < EventFilter.FIRST_YEAR || year > EventFilter.LAST_YEAR) {
                return refuse(field, year + " is not a year Atlas covers: give one from " + EventFilter.FIRST_YEAR
                        + " to " + EventFilter.LAST_YEAR + ".");
            }
            return year;
        }

        StateGrouping region(String value, Function<String, Optional<StateGrouping>> regions) {
            String v = lower(value);
            if (v == null) {
                return null;
            }
            return regions.apply(v).orElseGet(() -> refuse("region",
                    "There is no region or UN regional group '" + shown(value.strip()) + "'. Choose one from the list."));
        }

        StateCode state(String value) {
            String v = upper(value);
            if (v == null) {
                return null;
            }
            if (!v.matches("[A-Z]{3}")) {
                return refuse("state", "'" + shown(value.strip()) + "' is not a State code: a code is three letters, "
                        + "such as SRB.");
            }
            StateCode code = StateCode.of(v);
            if (ReferenceData.standard().states().find(code).isEmpty()) {
                return refuse("state", "There is no State with the code '" + v + "'.");
            }
            return code;
        }

        OrganisationId organisation(String value) {
            String v = upper(value);
            if (v == null) {
                return null;
            }
            OrganisationId id;
            try {
                id = OrganisationId.of(v);
            } catch (IllegalArgumentException e) {
                return refuse("organisation", "'" + shown(value.strip()) + "' is not an organisation id, such as OSCE "
                        + "or UNODA.");
            }
            if (ReferenceData.standard().organisations().find(id).isEmpty()) {
                return refuse("organisation", "There is no organisation with the id '" + shown(v) + "'.");
            }
            return id;
        }

        Topic topic(String value) {
            String v = lower(value);
            if (v == null) {
                return null;
            }
            return Arrays.stream(Topic.values()).filter(t -> t.json().equals(v)).findFirst()
                    .orElseGet(() -> refuse("topic", "There is no topic '" + shown(value.strip())
                            + "'. Choose one from the list."));
        }

        EventKind kind(String value) {
            String v = lower(value);
            if (v == null) {
                return null;
            }
            return Arrays.stream(EventKind.values()).filter(k -> k.json().equals(v)).findFirst()
                    .orElseGet(() -> refuse("kind", "There is no kind of event '" + shown(value.strip())
                            + "'. Choose one from the list."));
        }

        EventSort sort(String value) {
            String v = lower(value);
            if (v == null) {
                return EventSort.NEWEST;
            }
            return EventSort.fromParam(v).orElseGet(() -> {
                refuse("sort", "'" + shown(value.strip()) + "' is not an order of the list: use "
                        + Arrays.stream(EventSort.values()).map(EventSort::param).collect(Collectors.joining(", "))
                        + ".");
                return EventSort.NEWEST;
            });
        }

        int page(String value) {
            String v = blankToNull(value);
            if (v == null) {
                return 1;
            }
            if (!v.matches("\\d{1,6}") || Integer.parseInt(v) < 1 || Integer.parseInt(v) > EventFilter.LAST_PAGE) {
                refuse("page", "'" + shown(v) + "' is not a page number: give a whole number from 1.");
                return 1;
            }
            return Integer.parseInt(v);
        }

        private <T> T refuse(String field, String message) {
            problems.add(new FilterProblem(field, message));
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String lower(String s) {
        String v = blankToNull(s);
        return v == null ? null : v.toLowerCase(Locale.ROOT);
    }

    private static String upper(String s) {
        String v = blankToNull(s);
        return v == null ? null : v.toUpperCase(Locale.ROOT);
    }

    private static String shown(String value) {
        return value.length() <= SHOWN ? value : value.substring(0, SHOWN) + "…";
    }
}
