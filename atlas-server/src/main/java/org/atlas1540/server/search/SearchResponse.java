package org.atlas1540.server.search;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of {@code GET /api/v1/search}: the search as understood, one page of hits, the facet
 * counts over all hits, and links to the neighbouring pages.
 *
 * @param queryShortened true when the query was longer than the index takes and was cut
 * @param filters        the filters applied, by parameter name
 */
record SearchResponse(String query, boolean queryShortened, Map<String, String> filters, int page, int size,
        long total, long pages, List<Hit> hits, Map<String, List<Value>> facets, Links links) {

    /**
     * @param url      the event's page
     * @param snippets passages of the note as HTML: the note's text escaped, matches in {@code <mark>}
     */
    record Hit(String slug, String url, String title, String kind, LocalDate startDate, LocalDate endDate,
            String venue, List<String> snippets) {
    }

    record Value(String value, String label, long count) {
    }

    /** Addresses of this page and its neighbours; null where there is none. */
    record Links(String self, String next, String prev) {
    }

    static SearchResponse of(SearchResults results, SearchLinks links) {
        SearchRequest request = results.request();
        var filters = new LinkedHashMap<String, String>();
        request.filters().active().forEach((facet, value) -> filters.put(facet.parameter(), value));
        var facets = new LinkedHashMap<String, List<Value>>();
        results.facets().forEach((facet, counts) -> facets.put(facet.parameter(),
                counts.stream().map(c -> new Value(c.value(), c.label(), c.count())).toList()));
        List<Hit> hits = results.hits().stream()
                .map(h -> new Hit(h.slug(), h.path(), h.title(), h.kind(), h.startDate(), h.endDate(), h.venue(),
                        h.snippets().stream().map(Snippet::html).toList()))
                .toList();
        return new SearchResponse(request.query().text(), request.query().shortened(), filters, request.page(),
                request.size(), results.total(), results.pages(), hits, facets,
                new Links(links.page(request.page()),
                        results.hasNext() ? links.page(request.page() + 1L) : null,
                        results.hasPrevious() ? links.page(request.page() - 1L) : null));
    }
}
