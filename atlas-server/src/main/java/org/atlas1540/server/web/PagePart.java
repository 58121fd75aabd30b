package org.atlas1540.server.web;

/**
 * A part of a page that another module fills in: the template of its own that draws it (which has
 * a fragment {@code part(data)}) and what it shows. So a page can show records of a module that
 * depends on the page's own module, without a cycle.
 *
 * @param template such as {@code recommendation/event-part}
 */
public record PagePart(String template, Object data) {
}
