package org.atlas1540.server.web;

/**
 * Tells the page layout where the data came from, so that the footer can say "Demo data" when
 * the database holds the demo corpus. A feature that stores notes provides it.
 */
public interface DataOrigin {

    /** True when any of the stored notes came from the demo corpus. */
    boolean includesDemoData();
}
