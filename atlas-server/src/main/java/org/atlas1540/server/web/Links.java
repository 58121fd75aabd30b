package org.atlas1540.server.web;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute addresses on this server, for API responses and calendar feeds, whose readers have no
 * page to resolve a relative address against. Built from the request being answered; outside a
 * request (a test of a query, a command) the path alone.
 */
public final class Links {
    private Links() {
    }

    /** The absolute address of a path on this server, such as {@code /events/2013-05-09-belgrade}. */
    public static String absolute(String path) {
        if (RequestContextHolder.getRequestAttributes() == null) {
            return path;
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).build().toUriString();
    }
}
