package org.atlas1540.server.search;

import java.util.Objects;

/**
 * One search: the query, the filters, and which page of how many hits.
 *
 * @param page from 1
 */
record SearchRequest(SearchQuery query, SearchFilters filters, int page, int size) {
    static final int MAX_SIZE = 100;
    /** The deepest hit a page may reach: deeper paging costs every search more and helps nobody. */
    static final int MAX_WINDOW = 10_000;

    SearchRequest {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(filters, "filters");
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("a page holds 1 to " + MAX_SIZE + " hits, not " + size);
        }
        if (page < 1 || page > maxPage(size)) {
            throw new IllegalArgumentException("page " + page + " is beyond 1 to " + maxPage(size));
        }
    }

    static int maxPage(int size) {
        return MAX_WINDOW / size;
    }

    int offset() {
        return (page - 1) * size;
    }

    SearchRequest withFilters(SearchFilters other) {
        return new SearchRequest(query, other, 1, size);
    }

    SearchRequest atPage(int other) {
        return new SearchRequest(query, filters, other, size);
    }
}
