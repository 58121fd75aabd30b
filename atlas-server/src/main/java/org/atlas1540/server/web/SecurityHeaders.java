package org.atlas1540.server.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every response, error pages included. The pages load nothing but this
 * server's own CSS, and no script or style is inline, so the policy can be strict. Who may do what
 * is decided in the account module.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeaders extends OncePerRequestFilter {
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; object-src 'none'";
    /**
     * The OpenAPI UI (a library's page, not ours) draws its icons as {@code data:} images and sets
     * inline styles; it loads nothing from elsewhere and runs no inline script, so only images and
     * styles are widened, and only under its own path.
     */
    static final String API_UI_CONTENT_SECURITY_POLICY =
            CONTENT_SECURITY_POLICY + "; img-src 'self' data:; style-src 'self' 'unsafe-inline'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy",
                isApiUi(request) ? API_UI_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        chain.doFilter(request, response);
    }

    private static boolean isApiUi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/swagger-ui/");
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
