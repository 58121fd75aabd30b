package org.atlas1540.server.assistance;

import java.time.OffsetDateTime;

/**
 * A request changed status. Published in the transaction of the change, so that a listener's
 * writes (matching marks its match delivered when a request is fulfilled) commit or roll back with it.
 */
public record RequestStatusChanged(AssistanceRequestId request, RequestStatus from, RequestStatus to,
        OffsetDateTime at) {
}
