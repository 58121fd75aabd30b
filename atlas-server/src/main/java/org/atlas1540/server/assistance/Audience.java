package org.atlas1540.server.assistance;

import org.atlas1540.server.account.Viewer;

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

    /** The audience of the request being answered: staff when a signed-in editor or administrator asks. */
    public static Audience current() {
        return of(Viewer.current().isStaff());
    }

    public boolean seesRestricted() {
        return this == STAFF;
    }
}
