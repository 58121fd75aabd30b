package org.atlas1540.server.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The addresses of a search's links: the same search narrowed by a facet value, widened by
 * dropping a filter, or on another page. Every value is encoded; a link is plain text that the
 * templates escape once more as an attribute.
 */
final class SearchLinks {
    private final String path;
    private final SearchRequest request;
    private final int defaultSize;

    SearchLinks(String path, SearchRequest request, int defaultSize) {
        this.path = path;
        this.request = request;
        this.defaultSize = defaultSize;
    }

    public String narrow(FacetCount count) {
        return link(request.filters().with(count.facet(), count.value()), 1);
    }

    public String widen(Facet facet) {
        return link(request.filters().without(facet), 1);
    }

    public String page(long page) {
        return link(request.filters(), page);
    }

    private String link(SearchFilters filters, long page) {
        var query = new StringBuilder();
        if (!request.query().isBlank()) {
            add(query, "q", request.query().text());
        }
        for (Map.Entry<Facet, String> filter : filters.active().entrySet()) {
            add(query, filter.getKey().parameter(), filter.getValue());
        }
        if (page > 1) {
            add(query, "page", Long.toString(page));
        }
        if (request.size() != defaultSize) {
            add(query, "size", Integer.toString(request.size()));
        }
        return query.length() == 0 ? path : path + "?" + query;
    }

    private static void add(StringBuilder query, String name, String value) {
        if (query.length() > 0) {
            query.append('&');
        }
        query.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
}
