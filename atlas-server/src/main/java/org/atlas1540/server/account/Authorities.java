package org.atlas1540.server.account;

import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The authorities Spring Security checks for each role; an administrator holds both. */
final class Authorities {
    static final String EDITOR = "ROLE_EDITOR";
    static final String ADMIN = "ROLE_ADMIN";

    private Authorities() {
    }

    static List<GrantedAuthority> of(Role role) {
        return switch (role) {
            case PUBLIC -> List.of();
            case EDITOR -> List.of(new SimpleGrantedAuthority(EDITOR));
            case ADMIN -> List.of(new SimpleGrantedAuthority(EDITOR), new SimpleGrantedAuthority(ADMIN));
        };
    }
}
