package org.atlas1540.server.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The addresses that machines read: the JSON API, the OpenAPI description, exports and calendar
 * feeds. Their errors are problem details, not HTML pages.
 */
public final class ApiPaths {
    private ApiPaths() {
    }

    /** The request is for one of the machine-readable addresses. */
    public static boolean matches(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/exports/") || path.startsWith("/v3/api-docs")
                || path.endsWith(".ics");
    }
}
