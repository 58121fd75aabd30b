package org.atlas1540.server.search;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/search}: the search page's results as JSON. The query text is never refused;
 * a parameter that cannot be used answers 400 with problem details (RFC 9457) that name each one.
 */
@RestController
class SearchApiController {
    static final String PATH = "/api/v1/search";
    static final int DEFAULT_SIZE = 20;

    private final SearchIndex index;
    private final SearchParameters parameters;

    SearchApiController(SearchIndex index, SearchParameters parameters) {
        this.index = index;
        this.parameters = parameters;
    }

    @GetMapping(PATH)
    ResponseEntity<Object> search(SearchForm form, HttpServletRequest http) {
        SearchParameters.Read read = parameters.read(form, DEFAULT_SIZE);
        if (!read.ok()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    read.problems().stream().map(ParameterProblem::message).collect(Collectors.joining("; ")));
            problem.setTitle("Invalid search parameters");
            problem.setInstance(URI.create(http.getRequestURI()));
            problem.setProperty("errors", read.problems().stream()
                    .map(p -> Map.of("parameter", p.parameter(), "message", p.message())).toList());
            return problem(problem);
        }
        SearchResults results = index.search(read.request());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(SearchResponse.of(results, new SearchLinks(PATH, read.request(), DEFAULT_SIZE)));
    }

    @ExceptionHandler(SearchUnavailableException.class)
    ResponseEntity<Object> unavailable(SearchUnavailableException e, HttpServletRequest http) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The search index cannot be used right now.");
        problem.setTitle("Search unavailable");
        problem.setInstance(URI.create(http.getRequestURI()));
        return problem(problem);
    }

    private static ResponseEntity<Object> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
