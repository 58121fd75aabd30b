package org.atlas1540.server.assistance;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a request stands in the process the 1540 Committee publishes: received, authenticated,
 * acknowledged by the Chair, distributed to potential providers, matched with an offer, in
 * delivery, fulfilled; or closed, or withdrawn by the State. Which moves are allowed is {@link
 * RequestLifecycle}'s table.
 */
public enum RequestStatus {
    RECEIVED("received", "Received"),
    AUTHENTICATED("authenticated", "Authenticated"),
    ACKNOWLEDGED("acknowledged", "Acknowledged"),
    DISTRIBUTED("distributed", "Distributed to potential providers"),
    MATCHED("matched", "Matched"),
    IN_DELIVERY("in-delivery", "In delivery"),
    FULFILLED("fulfilled", "Fulfilled"),
    CLOSED("closed", "Closed"),
    WITHDRAWN("withdrawn", "Withdrawn");

    private final String slug;
    private final String label;

    RequestStatus(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }

    /** The value in the database, the API, the CSV and addresses. */
    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    /** Still to be dealt with: not fulfilled, closed or withdrawn. */
    public boolean isOpen() {
        return this != FULFILLED && this != CLOSED && this != WITHDRAWN;
    }

    /** Open and not yet matched with an offer: the requests that matchmaking suggests offers for. */
    public boolean awaitsMatch() {
        return this == RECEIVED || this == AUTHENTICATED || this == ACKNOWLEDGED || this == DISTRIBUTED;
    }

    public static Optional<RequestStatus> fromSlug(String slug) {
        return Arrays.stream(values()).filter(s -> s.slug.equals(slug)).findFirst();
    }
}
