package org.atlas1540.server.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The addresses that machines read: the JSON API, the OpenAPI description, exports and calendar
 * feeds. Their errors are problem details, not HTML pages.
 */
final class ApiPaths {
    private ApiPaths() {
    }

    static boolean matches(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/exports/") || path.startsWith("/v3/api-docs")
                || path.endsWith(".ics");
    }
}
