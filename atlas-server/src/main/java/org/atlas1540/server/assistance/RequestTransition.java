package org.atlas1540.server.assistance;

import java.time.OffsetDateTime;

/**
 * One change of a request's status: who made it and when. The first is its creation ({@code from}
 * null, {@code to} received).
 */
public record RequestTransition(int number, RequestStatus from, RequestStatus to, String actor,
        OffsetDateTime at) {
}
