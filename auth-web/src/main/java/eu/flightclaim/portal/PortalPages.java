package eu.flightclaim.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * Serves the passengers' portal (the single-page application built from src/main/frontend into the
 * WAR's root): a page address the portal routes itself ({@code /}, {@code /claims/…}) gets its
 * {@code index.html}, so deep links and reloads work; the addresses of the API and the server pages
 * keep their meaning. Every portal answer carries a strict Content-Security-Policy (only our own
 * scripts and styles, no inline script, no third party, no framing) and sends no referrer; the page
 * is never cached, its hashed assets for a year.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = jakarta.servlet.DispatcherType.REQUEST)
public class PortalPages extends HttpFilter {

    /**
     * Paths that are not the portal's: the API and its page, the sign-in link's page, share links, errors,
     * and the server's own endpoints Payara answers in this context (the OpenAPI document, health, metrics).
     */
    static final List<String> NOT_PORTAL = List.of("/api/", "/login/", "/share/", "/problem", "/openapi", "/health",
            "/metrics");

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; base-uri 'none';"
            + " form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (!isPortal(path)) {
            chain.doFilter(req, resp);
            return;
        }
        resp.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        resp.setHeader("Referrer-Policy", "no-referrer");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        if (path.startsWith("/assets/")) {
            resp.setHeader("Cache-Control", "public, max-age=31536000, immutable"); // names carry their hash
            chain.doFilter(req, resp);
        } else if (isPage(req.getMethod(), path)) {
            resp.setHeader("Cache-Control", "no-cache");
            req.getRequestDispatcher("/index.html").forward(req, resp);
        } else {
            chain.doFilter(req, resp);
        }
    }

    static boolean isPortal(String path) {
        return NOT_PORTAL.stream().noneMatch(p -> path.startsWith(p) || (path + "/").equals(p));
        // "/openapi" and "/openapi/ui", "/health/ready": prefixes; "/api" alone: the API's root
    }

    /** A page address the portal routes: read by GET or HEAD, and no file name (no dot in its last segment). */
    static boolean isPage(String method, String path) {
        return ("GET".equals(method) || "HEAD".equals(method)) && !path.substring(path.lastIndexOf('/') + 1).contains(".");
    }
}
