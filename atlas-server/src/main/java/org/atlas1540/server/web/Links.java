package org.atlas1540.server.web;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute addresses on this server, for API responses and calendar feeds, whose readers have no
 * page to resolve a relative address against. Built from the request being answered.
 */
public final class Links {
    private Links() {
    }

    /** The absolute address of a path on this server, such as {@code /events/2013-05-09-belgrade}. */
    public static String absolute(String path) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).build().toUriString();
    }
}
