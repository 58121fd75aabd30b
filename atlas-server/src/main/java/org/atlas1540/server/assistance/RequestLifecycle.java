package org.atlas1540.server.assistance;

import static org.atlas1540.server.assistance.RequestStatus.ACKNOWLEDGED;
import static org.atlas1540.server.assistance.RequestStatus.AUTHENTICATED;
import static org.atlas1540.server.assistance.RequestStatus.CLOSED;
import static org.atlas1540.server.assistance.RequestStatus.DISTRIBUTED;
import static org.atlas1540.server.assistance.RequestStatus.FULFILLED;
import static org.atlas1540.server.assistance.RequestStatus.IN_DELIVERY;
import static org.atlas1540.server.assistance.RequestStatus.MATCHED;
import static org.atlas1540.server.assistance.RequestStatus.RECEIVED;
import static org.atlas1540.server.assistance.RequestStatus.WITHDRAWN;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The moves a request may make, as one table: the published process in order (received,
 * authenticated, acknowledged, distributed, matched, in delivery, fulfilled, closed), the State's
 * withdrawal at any point before delivery is complete, and closing without going further when a
 * request proves not authentic or no provider is found, or delivery stops. Closed and withdrawn are
 * final. Every move not in the table is refused ({@link TransitionRefusedException}).
 */
public final class RequestLifecycle {
    private static final Map<RequestStatus, Set<RequestStatus>> ALLOWED = new EnumMap<>(RequestStatus.class);

    static {
        ALLOWED.put(RECEIVED, EnumSet.of(AUTHENTICATED, CLOSED, WITHDRAWN));
        ALLOWED.put(AUTHENTICATED, EnumSet.of(ACKNOWLEDGED, WITHDRAWN));
        ALLOWED.put(ACKNOWLEDGED, EnumSet.of(DISTRIBUTED, WITHDRAWN));
        ALLOWED.put(DISTRIBUTED, EnumSet.of(MATCHED, CLOSED, WITHDRAWN));
        ALLOWED.put(MATCHED, EnumSet.of(IN_DELIVERY, WITHDRAWN));
        ALLOWED.put(IN_DELIVERY, EnumSet.of(FULFILLED, CLOSED, WITHDRAWN));
        ALLOWED.put(FULFILLED, EnumSet.of(CLOSED));
        ALLOWED.put(CLOSED, EnumSet.noneOf(RequestStatus.class));
        ALLOWED.put(WITHDRAWN, EnumSet.noneOf(RequestStatus.class));
    }

    private RequestLifecycle() {
    }

    /** A request is created in this status. */
    public static RequestStatus initial() {
        return RECEIVED;
    }

    public static boolean allows(RequestStatus from, RequestStatus to) {
        return ALLOWED.get(from).contains(to);
    }

    /** The statuses a request in {@code from} may move to, in the order of the process. */
    public static Set<RequestStatus> nextFrom(RequestStatus from) {
        return EnumSet.copyOf(ALLOWED.get(from).isEmpty() ? EnumSet.noneOf(RequestStatus.class) : ALLOWED.get(from));
    }

    /** @throws TransitionRefusedException naming both statuses and what is allowed instead */
    static void check(RequestStatus from, RequestStatus to) {
        if (!allows(from, to)) {
            throw new TransitionRefusedException(from, to, nextFrom(from));
        }
    }
}
