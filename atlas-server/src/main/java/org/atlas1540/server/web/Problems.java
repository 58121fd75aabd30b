package org.atlas1540.server.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * RFC 9457 problem details in the same shape as {@link ApiProblems} writes them, for the API
 * controllers' own exception handlers (which answer before it): refused input (400 with an
 * {@code errors} list of {@code field} and {@code message}), a refused change of state (409).
 */
public final class Problems {
    private Problems() {
    }

    public static ResponseEntity<Map<String, Object>> of(HttpStatus status, String detail, HttpServletRequest request,
            Map<String, Object> extra) {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", "about:blank");
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("instance", request.getRequestURI());
        body.putAll(extra);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    public static ResponseEntity<Map<String, Object>> invalidInput(InvalidInputException e,
            HttpServletRequest request) {
        List<Map<String, String>> errors = e.problems().all().stream()
                .map(p -> Map.of("field", p.field(), "message", p.message())).toList();
        String detail = e.problems().all().size() == 1 ? e.problems().all().get(0).message()
                : "The request has " + e.problems().all().size() + " problems; see errors.";
        return of(HttpStatus.BAD_REQUEST, detail, request, Map.of("errors", errors));
    }
}
