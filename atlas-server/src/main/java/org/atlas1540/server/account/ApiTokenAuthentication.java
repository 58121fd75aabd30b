package org.atlas1540.server.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in a request that carries {@code Authorization: Bearer atlas_...}, for programs that use the
 * write API. A token that is unknown, revoked, or whose account cannot sign in gets 401 at once. A
 * request with a token needs no CSRF token: a web page on another site cannot add this header.
 */
class ApiTokenAuthentication extends OncePerRequestFilter {
    private static final String BEARER = "Bearer ";

    private final Accounts accounts;
    private final ApiRefusals refusals;

    ApiTokenAuthentication(Accounts accounts, ApiRefusals refusals) {
        this.accounts = accounts;
        this.refusals = refusals;
    }

    static boolean carriesToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!carriesToken(request)) {
            chain.doFilter(request, response);
            return;
        }
        String token = request.getHeader("Authorization").substring(BEARER.length()).strip();
        Optional<Account> account = accounts.byToken(token);
        if (account.isEmpty()) {
            refusals.notSignedIn(request, response, "The API token is not valid (unknown, revoked, or its account "
                    + "is disabled or locked).");
            return;
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated(account.get().username(), null,
                Authorities.of(account.get().role()));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
