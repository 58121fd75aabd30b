package org.atlas1540.server.web;

/**
 * Something asked for by id does not exist. Thrown by page controllers; mapped once, by {@link
 * ErrorPages}, to a 404 page.
 */
public final class NotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String what;
    private final String id;

    /**
     * @param what what was looked for, in words ("event", "State")
     * @param id   the id as given in the request
     */
    public NotFoundException(String what, String id) {
        super("no " + what + " with id '" + id + "'");
        this.what = what;
        this.id = id;
    }

    public String what() {
        return what;
    }

    public String id() {
        return id;
    }
}
