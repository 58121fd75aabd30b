package org.atlas1540.server.assistance;

/**
 * Who a list, page or count is for. The public sees a request only when the requesting State
 * consented to publication; signed-in staff see every request. Every query of requests takes one,
 * so that no route can forget the rule.
 */
public enum Audience {
    PUBLIC,
    STAFF;

    public static Audience of(boolean staff) {
        return staff ? STAFF : PUBLIC;
    }

    public boolean seesRestricted() {
        return this == STAFF;
    }
}
