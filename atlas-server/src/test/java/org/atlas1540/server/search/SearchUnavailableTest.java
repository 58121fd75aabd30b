package org.atlas1540.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.atlas1540.server.event.EventId;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.ui.ExtendedModelMap;

/** An index that cannot be used: the page says so and keeps working, the API answers 503 with problem details. */
class SearchUnavailableTest {
    private final SearchIndex locked = new LockedIndex();
    private final SearchParameters parameters = new SearchParameters(new Regions());

    @Test
    void thePageSaysSearchIsNotAvailableInsteadOfFailing() {
        var model = new ExtendedModelMap();

        String view = new SearchController(locked, parameters, 20)
                .search(new SearchForm("Belgrade", null, null, null, null, null, null), model);

        assertThat(view).isEqualTo("search/results");
        assertThat(model.get("unavailable")).isEqualTo(true);
        assertThat(((SearchResults) model.get("results")).total()).isZero();
    }

    @Test
    void theApiAnswers503WithProblemDetails() {
        var controller = new SearchApiController(locked, parameters);
        var request = new MockHttpServletRequest("GET", "/api/v1/search");

        var response = controller.unavailable(new SearchUnavailableException("locked", null), request);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(((ProblemDetail) response.getBody()).getTitle()).isEqualTo("Search unavailable");
    }

    /** What a Lucene folder held by another process looks like to the controllers. */
    private static final class LockedIndex implements SearchIndex {
        @Override
        public SearchResults search(SearchRequest request) {
            throw new SearchUnavailableException("the search index is in use by another process", null);
        }

        @Override
        public void put(List<SearchDocument> documents) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void remove(Collection<EventId> events) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int replaceAll(Consumer<Consumer<List<SearchDocument>>> source) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<EventId, Instant> versions() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean needsRebuild() {
            return false;
        }

        @Override
        public void commit() {
        }

        @Override
        public String describe() {
            return "locked";
        }
    }
}
