package org.atlas1540.server.search;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One page of hits, how many there are in all, and the facet counts over all of them.
 *
 * @param facets for each facet, its values among the matching events: years newest first, the
 *               others most frequent first
 */
record SearchResults(SearchRequest request, long total, List<SearchHit> hits, Map<Facet, List<FacetCount>> facets) {

    SearchResults {
        hits = List.copyOf(hits);
        var ordered = new EnumMap<Facet, List<FacetCount>>(Facet.class);
        for (Facet facet : Facet.values()) {
            ordered.put(facet, facets.getOrDefault(facet, List.of()).stream().sorted(order(facet)).toList());
        }
        facets = ordered;
    }

    static SearchResults none(SearchRequest request) {
        return new SearchResults(request, 0, List.of(), Map.of());
    }

    private static Comparator<FacetCount> order(Facet facet) {
        if (facet == Facet.YEAR) {
            return Comparator.comparing(FacetCount::value).reversed();
        }
        return Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::label);
    }

    public long pages() {
        long reachable = Math.min(total, SearchRequest.MAX_WINDOW);
        return Math.max(1, (reachable + request.size() - 1) / request.size());
    }

    public boolean hasPrevious() {
        return request.page() > 1;
    }

    public boolean hasNext() {
        return request.page() < pages();
    }

    public long firstShown() {
        return hits.isEmpty() ? 0 : request.offset() + 1L;
    }

    public long lastShown() {
        return (long) request.offset() + hits.size();
    }

    /** For the templates: a facet's counts. */
    public List<FacetCount> facet(Facet facet) {
        return facets.get(facet);
    }
}
