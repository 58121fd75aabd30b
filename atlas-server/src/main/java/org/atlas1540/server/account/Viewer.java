package org.atlas1540.server.account;

/** PLACEHOLDER until the lead's "Sign-in:" commit lands on main (same name and methods); removed at that merge. */
public record Viewer(String name, boolean isStaff, boolean isAdmin) {
    public static Viewer current() {
        return new Viewer("anonymous", false, false);
    }
}
