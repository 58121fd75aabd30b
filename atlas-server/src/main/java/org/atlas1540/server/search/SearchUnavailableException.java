package org.atlas1540.server.search;

/** The index cannot be used (its folder is locked by another process, say); the message says why. */
final class SearchUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
