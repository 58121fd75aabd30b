package org.atlas1540.server.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.HashSet;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session signed in through the form stays valid only while its account does: when the account
 * has been disabled, removed, or given another role since the sign-in, the session ends at its next
 * request (the person signs in again, and gets the role as it is now). API tokens are checked on
 * every request by {@link ApiTokenAuthentication} already.
 */
final class SignedInAccountCheck extends OncePerRequestFilter {
    private final AccountRepository repository;

    SignedInAccountCheck(AccountRepository repository) {
        this.repository = repository;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.isAuthenticated() && signedIn.getPrincipal() instanceof UserDetails
                && !stillValid(signedIn, repository.find(signedIn.getName()))) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }

    private static boolean stillValid(Authentication signedIn, Optional<Account> account) {
        if (account.isEmpty() || !account.get().enabled()) {
            return false;
        }
        // Only the roles count: Spring Security adds other authorities (how the person signed in, for one).
        var held = new HashSet<String>();
        for (GrantedAuthority authority : signedIn.getAuthorities()) {
            if (authority.getAuthority() != null && authority.getAuthority().startsWith("ROLE_")) {
                held.add(authority.getAuthority());
            }
        }
        var granted = new HashSet<String>();
        for (GrantedAuthority authority : Authorities.of(account.get().role())) {
            granted.add(authority.getAuthority());
        }
        return held.equals(granted);
    }
}
