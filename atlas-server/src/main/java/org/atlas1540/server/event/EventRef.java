package org.atlas1540.server.event;

/** An event as another module refers to it: its id and the slug of its page. */
public record EventRef(EventId id, String slug) {
}
