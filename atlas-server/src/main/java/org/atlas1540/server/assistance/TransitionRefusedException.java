package org.atlas1540.server.assistance;

import java.util.Set;
import java.util.stream.Collectors;

/** A change of status that {@link RequestLifecycle} does not allow; nothing was changed. */
public final class TransitionRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TransitionRefusedException(String message) {
        super(message);
    }

    TransitionRefusedException(RequestStatus from, RequestStatus to, Set<RequestStatus> allowed) {
        super("A request that is " + from.label().toLowerCase(java.util.Locale.ROOT) + " cannot become "
                + to.label().toLowerCase(java.util.Locale.ROOT) + "; "
                + (allowed.isEmpty() ? "it is final." : "it can become: " + allowed.stream()
                        .map(s -> s.label().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.joining(", "))
                        + "."));
    }
}
