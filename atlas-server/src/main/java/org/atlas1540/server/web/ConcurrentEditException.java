package org.atlas1540.server.web;

/**
 * Someone else saved the record first (optimistic locking); nothing was overwritten. Placeholder
 * until the shared one lands on main: same name, same constructor.
 */
public class ConcurrentEditException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConcurrentEditException(String message) {
        super(message);
    }
}
