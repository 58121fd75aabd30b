package org.atlas1540.server.event;

/** The counts on the home page. */
record Overview(long events, long statesReached, long organisations, long notes) {
}
