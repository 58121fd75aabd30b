package org.atlas1540.server.web;

/** PLACEHOLDER until the lead's "Sign-in:" commit lands on main (same name and constructor); removed at that merge. */
public class ConcurrentEditException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConcurrentEditException(String message) {
        super(message);
    }
}
