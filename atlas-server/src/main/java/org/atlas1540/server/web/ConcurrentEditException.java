package org.atlas1540.server.web;

/**
 * Someone else saved the same record since it was read (optimistic locking: the row's version no
 * longer matches). Nothing was written. The API answers 409 with problem details; a form page shows
 * the message beside the current values.
 */
public final class ConcurrentEditException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what happened, for the person who tried to save */
    public ConcurrentEditException(String message) {
        super(message);
    }
}
