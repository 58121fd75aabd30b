package org.atlas1540.server.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The API's answers when sign-in is missing (401) or not enough (403): problem details, as its other errors. */
@Component
class ApiRefusals {
    static final String NOT_SIGNED_IN = "This needs an editor's sign-in: send an API token as "
            + "'Authorization: Bearer atlas_...' (an administrator makes one with ./atlas user token).";
    static final String NOT_ALLOWED = "The signed-in account may not do this.";
    static final String NO_CSRF = "A change sent in a browser session needs the session's CSRF token (header "
            + "X-CSRF-TOKEN, or the _csrf field of this server's forms); programs send an API token instead.";

    private final JsonMapper json;

    ApiRefusals(JsonMapper json) {
        this.json = json;
    }

    void notSignedIn(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"Atlas 1540\"");
        write(request, response, 401, "Unauthorized", detail);
    }

    void notAllowed(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
        write(request, response, 403, "Forbidden", detail);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, int status, String title,
            String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        var body = new LinkedHashMap<String, Object>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", request.getRequestURI());
        json.writeValue(response.getOutputStream(), body);
    }
}
