package org.atlas1540.server.search;

import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The search page. Whatever was typed is searched for, as words where it means nothing else; a
 * filter that cannot be used is left out and named on the page. Without words, every event is
 * listed, newest first, so that the facets can be browsed.
 */
@Controller
class SearchController {
    static final String PATH = "/search";
    private static final Logger LOG = LoggerFactory.getLogger(SearchController.class);

    private final SearchIndex index;
    private final SearchParameters parameters;
    private final int pageSize;

    SearchController(SearchIndex index, SearchParameters parameters,
            @Value("${atlas.search.page-size:20}") int pageSize) {
        this.index = index;
        this.parameters = parameters;
        this.pageSize = pageSize;
    }

    @GetMapping(PATH)
    String search(SearchForm form, Model model) {
        SearchParameters.Read read = parameters.read(form, pageSize);
        SearchRequest request = read.request();
        SearchResults results;
        try {
            results = index.search(request);
        } catch (SearchUnavailableException | UncheckedIOException e) {
            LOG.warn("Search failed: {}", e.getMessage());
            results = SearchResults.none(request);
            model.addAttribute("unavailable", true);
        }
        model.addAttribute("request", request);
        model.addAttribute("searchQuery", request.query().text());
        model.addAttribute("ignored", read.problems());
        model.addAttribute("results", results);
        model.addAttribute("facets", Facet.values());
        model.addAttribute("links", new SearchLinks(PATH, request, pageSize));
        return "search/results";
    }
}
