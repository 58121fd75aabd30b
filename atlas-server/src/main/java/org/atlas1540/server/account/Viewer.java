package org.atlas1540.server.account;

import java.util.Objects;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is asking: a controller method takes a {@code Viewer} parameter, other code calls {@link
 * #current()}. Pages, API answers, exports and counts leave restricted material out unless {@link
 * #isStaff()}.
 *
 * @param name the account's user name, or {@code "anonymous"}
 * @param role what the viewer may do
 */
public record Viewer(String name, Role role) {
    static final String ANONYMOUS = "anonymous";
    private static final Viewer PUBLIC = new Viewer(ANONYMOUS, Role.PUBLIC);

    public Viewer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }

    /** Someone who is not signed in. */
    public static Viewer anonymous() {
        return PUBLIC;
    }

    /** The viewer of the current request (or command); anonymous when no one is signed in. */
    public static Viewer current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    static Viewer of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return PUBLIC;
        }
        Role role = Role.PUBLIC;
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (Authorities.ADMIN.equals(name)) {
                role = Role.ADMIN;
            } else if (Authorities.EDITOR.equals(name) && role == Role.PUBLIC) {
                role = Role.EDITOR;
            }
        }
        return new Viewer(authentication.getName(), role);
    }

    /** Signed in as an editor or an administrator: sees restricted material and may change records. */
    public boolean isStaff() {
        return role == Role.EDITOR || role == Role.ADMIN;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean isSignedIn() {
        return role != Role.PUBLIC;
    }
}
