package org.atlas1540.server.importing;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Imports are taken only from this computer until there is a login (a later piece of work): a
 * request to the import page or API from another address gets 403 and a page (or problem details)
 * that says why, before any upload is read. Three checks:
 * <ul>
 *   <li>the request comes from a loopback address;</li>
 *   <li>it is addressed to a local name (localhost, 127.0.0.1, [::1]), so that a web page whose
 *       own name resolves to 127.0.0.1 (DNS rebinding) is refused too;</li>
 *   <li>a POST sent by a browser comes from this server's own pages: its Origin (or, without one,
 *       its Referer) is this server. Clients that are not browsers send neither and pass.</li>
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class LocalImportsOnly extends OncePerRequestFilter {
    static final String PAGE = "/import";
    static final String API = "/api/v1/imports";
    static final String REFUSED_PAGE = "/import/not-here";
    static final String NOT_LOCAL = "Importing notes is possible only on the computer that runs Atlas 1540, at "
            + "http://localhost, until sign-in is added.";
    static final String OTHER_ORIGIN = "The request came from another web site, so it was not carried out. "
            + "Use the import page of this server.";
    private static final Set<String> LOCAL_NAMES = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(under(path, PAGE) || under(path, API));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String refusal = null;
        if (!fromLoopback(request) || !LOCAL_NAMES.contains(request.getServerName().toLowerCase(Locale.ROOT))) {
            refusal = NOT_LOCAL;
        } else if ("POST".equals(request.getMethod()) && !sameOrigin(request)) {
            refusal = OTHER_ORIGIN;
        }
        if (refusal == null) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (under(path, API)) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,\"detail\":\""
                    + refusal + "\",\"instance\":\"" + API + "\"}");
            return;
        }
        request.setAttribute(ImportController.REFUSAL, refusal);
        request.getRequestDispatcher(REFUSED_PAGE).forward(request, response);
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }

    private static boolean fromLoopback(HttpServletRequest request) {
        try {
            return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** The Origin, or else the Referer, names this server; or the client sent neither (not a browser). */
    private static boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        String referer = request.getHeader("Referer");
        String claimed = origin != null ? origin : referer;
        if (claimed == null) {
            return true;
        }
        try {
            URI uri = URI.create(claimed.strip());
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            return request.getScheme().equalsIgnoreCase(uri.getScheme())
                    && request.getServerName().equalsIgnoreCase(uri.getHost() == null ? "" : hostOf(uri))
                    && request.getServerPort() == port;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String hostOf(URI uri) {
        String host = uri.getHost();
        return host.startsWith("[") ? host : (host.contains(":") ? "[" + host + "]" : host);
    }
}
