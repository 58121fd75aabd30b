package org.atlas1540.server.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The answers of an API controller that writes records, as problem details: refused input 400 with
 * an {@code errors} list (field and message), a body that is not JSON of the right shape 400, a
 * change someone else saved first 409, a change of state the record's lifecycle refuses 409 (the
 * subclass maps its own exception with {@link #conflict}). A controller extends it, so that {@link
 * ApiProblems} leaves these to it.
 */
public abstract class RecordApiErrors {

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Map<String, Object>> invalidInput(InvalidInputException e, HttpServletRequest request) {
        return Problems.invalidInput(e, request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return Problems.of(HttpStatus.BAD_REQUEST, "The request body is not a JSON object of the fields this address "
                + "takes (see /v3/api-docs).", request, Map.of());
    }

    @ExceptionHandler(ConcurrentEditException.class)
    ResponseEntity<Map<String, Object>> concurrentEdit(ConcurrentEditException e, HttpServletRequest request) {
        return conflict(e.getMessage(), request);
    }

    protected static ResponseEntity<Map<String, Object>> conflict(String detail, HttpServletRequest request) {
        return Problems.of(HttpStatus.CONFLICT, detail, request, Map.of());
    }
}
