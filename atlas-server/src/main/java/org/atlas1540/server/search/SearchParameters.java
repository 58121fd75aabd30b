package org.atlas1540.server.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.atlas1540.notes.EventKind;
import org.atlas1540.notes.Topic;
import org.springframework.stereotype.Component;

/**
 * Reads a search's query parameters. The query text is never refused (see {@link SearchQuery});
 * a filter, page or size that cannot be used is left out and reported as a {@link
 * ParameterProblem}: the page shows the search without it and says so, the API answers 400.
 */
@Component
class SearchParameters {
    /** How much of a refused value a message repeats. */
    private static final int ECHO = 40;

    private final Regions regions;

    SearchParameters(Regions regions) {
        this.regions = regions;
    }

    /** What could be read, and what could not. */
    record Read(SearchRequest request, List<ParameterProblem> problems) {
        Read {
            problems = List.copyOf(problems);
        }

        boolean ok() {
            return problems.isEmpty();
        }
    }

    Read read(SearchForm form, int defaultSize) {
        var problems = new ArrayList<ParameterProblem>();
        Integer year = number(form.year(), 1900, 2100, "year", "a year from 1900 to 2100", problems).orElse(null);
        String region = region(form.region(), problems);
        String topic = oneOf(form.topic(), "topic", Arrays.stream(Topic.values()).map(Topic::json).toList(), problems);
        String kind = oneOf(form.kind(), "kind", Arrays.stream(EventKind.values()).map(EventKind::json).toList(),
                problems);
        int size = number(form.size(), 1, SearchRequest.MAX_SIZE, "size",
                "a whole number from 1 to " + SearchRequest.MAX_SIZE, problems).orElse(defaultSize);
        int maxPage = SearchRequest.maxPage(size);
        int page = number(form.page(), 1, maxPage, "page", "a whole number from 1 to " + maxPage
                + " (the first " + SearchRequest.MAX_WINDOW + " hits can be paged through)", problems).orElse(1);
        var request = new SearchRequest(SearchQuery.of(form.q()), new SearchFilters(year, region, topic, kind), page,
                size);
        return new Read(request, problems);
    }

    private static Optional<Integer> number(String raw, int min, int max, String parameter, String expected,
            List<ParameterProblem> problems) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String text = raw.strip();
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return Optional.of(value);
            }
        } catch (NumberFormatException e) {
            // reported below, as for a number out of range
        }
        problems.add(new ParameterProblem(parameter, parameter + " must be " + expected + ", not '" + echo(text) + "'"));
        return Optional.empty();
    }

    private String region(String raw, List<ParameterProblem> problems) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.strip();
        Optional<String> known = regions.names().stream().filter(r -> r.equalsIgnoreCase(text)).findFirst();
        if (known.isEmpty()) {
            problems.add(new ParameterProblem("region", "region must be one of " + String.join(", ", regions.names())
                    + ", not '" + echo(text) + "'"));
        }
        return known.orElse(null);
    }

    private static String oneOf(String raw, String parameter, List<String> values, List<ParameterProblem> problems) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.strip();
        if (values.contains(text)) {
            return text;
        }
        problems.add(new ParameterProblem(parameter, parameter + " must be one of " + String.join(", ", values)
                + ", not '" + echo(text) + "'"));
        return null;
    }

    private static String echo(String value) {
        String shown = value.length() <= ECHO ? value : value.substring(0, ECHO) + "…";
        var clean = new StringBuilder();
        shown.codePoints().forEach(c -> clean.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return clean.toString();
    }
}
