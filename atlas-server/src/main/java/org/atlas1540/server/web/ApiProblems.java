package org.atlas1540.server.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.ExceptionHandlerMethodResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors of the machine-readable addresses ({@link ApiPaths}) as RFC 9457 problem details
 * ({@code application/problem+json}): an unknown id is 404, a parameter that cannot be used is 400
 * naming it and its value, a wrong method is 405 with {@code Allow}. Every other address keeps its
 * HTML error pages ({@link ErrorPages}), so this resolver answers nothing for them.
 *
 * <p>A resolver rather than an {@code @ExceptionHandler}: it also sees the errors that arise
 * before any controller is chosen (no such address, wrong method).
 */
@Component
class ApiProblems implements HandlerExceptionResolver, Ordered {
    private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

    private final JsonMapper json;

    ApiProblems(JsonMapper json) {
        this.json = json;
    }

    /** After Boot's error-attributes resolver, which only records the exception; before Spring's own. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception e) {
        if (!ApiPaths.matches(request) || response.isCommitted() || handledByItsController(handler, e)
                || decidedBySignIn(e)) {
            return null;
        }
        Problem problem = problem(e);
        try {
            response.resetBuffer();
            response.setStatus(problem.status.value());
            problem.headers.forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            var body = new LinkedHashMap<String, Object>();
            body.put("type", "about:blank");
            body.put("title", problem.title());
            body.put("status", problem.status.value());
            body.put("detail", problem.detail);
            body.put("instance", request.getRequestURI());
            body.putAll(problem.extra);
            json.writeValue(response.getOutputStream(), body);
        } catch (IOException | RuntimeException writing) {
            LOG.debug("could not write the problem detail for {}", request.getRequestURI(), writing);
        }
        return new ModelAndView();
    }

    /** Not signed in, or not allowed: Spring Security answers (401 or 403 problem details). */
    private static boolean decidedBySignIn(Exception e) {
        return e instanceof AccessDeniedException || e instanceof AuthenticationException;
    }

    /**
     * Whether the controller that was chosen has an {@code @ExceptionHandler} of its own for this
     * exception (an upload's refusals, search unavailable): its answer is the more precise one.
     */
    private static boolean handledByItsController(Object handler, Exception e) {
        return handler instanceof HandlerMethod method
                && new ExceptionHandlerMethodResolver(method.getBeanType()).resolveMethod(e) != null;
    }

    private static Problem problem(Exception e) {
        if (e instanceof NotFoundException notFound) {
            return new Problem(HttpStatus.NOT_FOUND,
                    "There is no " + notFound.what() + " with the id '" + notFound.id() + "'.",
                    Map.of("id", notFound.id()));
        }
        if (e instanceof InvalidInputException invalid) {
            return new Problem(HttpStatus.BAD_REQUEST, invalid.getMessage(), Map.of("errors", invalid.problems().all()));
        }
        if (e instanceof RecordConflictException conflict) {
            return new Problem(HttpStatus.CONFLICT, conflict.getMessage(),
                    Map.of("errors", List.of(new FieldProblems.FieldProblem(conflict.field(), conflict.getMessage()))));
        }
        if (e instanceof ConcurrentEditException conflict) {
            return new Problem(HttpStatus.CONFLICT, conflict.getMessage(), Map.of());
        }
        if (e instanceof InvalidParameterException invalid) {
            return badParameter(invalid.getMessage(), invalid.parameter(), invalid.value());
        }
        if (e instanceof MethodArgumentTypeMismatchException mismatch) {
            String value = String.valueOf(mismatch.getValue());
            String type = mismatch.getRequiredType() == null ? "value" : mismatch.getRequiredType().getSimpleName();
            var echo = new InvalidParameterException(mismatch.getName(), value, "a valid " + type);
            return badParameter(echo.getMessage(), echo.parameter(), echo.value());
        }
        if (e instanceof MissingServletRequestParameterException missing) {
            return badParameter("Parameter '" + missing.getParameterName() + "' is required.",
                    missing.getParameterName(), "");
        }
        if (e instanceof HttpRequestMethodNotSupportedException method) {
            var headers = new HttpHeaders();
            String allowed = method.getSupportedHttpMethods() == null ? "GET"
                    : method.getSupportedHttpMethods().stream().map(Object::toString).sorted()
                            .collect(Collectors.joining(", "));
            headers.add(HttpHeaders.ALLOW, allowed);
            return new Problem(HttpStatus.METHOD_NOT_ALLOWED, "The method " + method.getMethod()
                    + " is not allowed here; allowed: " + allowed + ".", Map.of("method", method.getMethod()), headers);
        }
        if (e instanceof NoResourceFoundException || e instanceof NoHandlerFoundException) {
            return new Problem(HttpStatus.NOT_FOUND, "There is nothing at this address.", Map.of());
        }
        if (e instanceof HttpMessageNotReadableException) {
            return new Problem(HttpStatus.BAD_REQUEST, "The request body cannot be read: it must be a JSON object "
                    + "whose values are text, numbers or null, as the API description shows.", Map.of());
        }
        if (e instanceof HttpMediaTypeNotAcceptableException) {
            return new Problem(HttpStatus.NOT_ACCEPTABLE,
                    "This address cannot answer in the media type that the Accept header asks for.", Map.of());
        }
        if (e instanceof ErrorResponse known) {
            HttpStatusCode status = known.getStatusCode();
            return new Problem(HttpStatus.valueOf(status.value()), known.getBody().getDetail(), Map.of());
        }
        LOG.error("unexpected failure of an API request", e);
        return new Problem(HttpStatus.INTERNAL_SERVER_ERROR, "The server could not answer this request.", Map.of());
    }

    private static Problem badParameter(String detail, String parameter, String value) {
        var extra = new LinkedHashMap<String, Object>();
        extra.put("parameter", parameter);
        extra.put("value", value);
        return new Problem(HttpStatus.BAD_REQUEST, detail, extra);
    }

    private record Problem(HttpStatus status, String detail, Map<String, Object> extra, HttpHeaders headers) {
        Problem(HttpStatus status, String detail, Map<String, Object> extra) {
            this(status, detail, extra, new HttpHeaders());
        }

        String title() {
            return status.getReasonPhrase();
        }
    }
}
