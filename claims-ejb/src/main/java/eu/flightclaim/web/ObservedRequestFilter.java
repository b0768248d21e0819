package eu.flightclaim.web;

import eu.flightclaim.claims.application.system.OperationsMetrics;
import eu.flightclaim.claims.application.system.RequestIds;
import eu.flightclaim.claims.application.system.RequestLog;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * What every HTTP request of both web modules goes through (shared here, in the module both WARs see): its id ({@code X-Request-Id}, see
 * {@link RequestIds}), then one log line and one count of its answer ({@link RequestLog}). Each WAR
 * registers it with a subclass of its own (a {@code @WebFilter} is only found in the WAR).
 */
public abstract class ObservedRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private transient OperationsMetrics metrics;

    @Override
    public void init() {
        metrics = CDI.current().select(OperationsMetrics.class).get();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long started = System.nanoTime();
        String id = RequestIds.begin(request.getHeader("X-Request-Id"));
        response.setHeader("X-Request-Id", id);
        request.setAttribute(RequestIds.ATTRIBUTE, id); // the error page quotes the same id
        int status = 500; // unless the chain answers
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        } finally {
            RequestLog.answered(metrics, surface(request), request.getMethod(), path(request), status,
                    System.nanoTime() - started);
            RequestIds.end();
        }
    }

    /** The path as the container decoded and normalised it (no matrix parameters, no escapes), for the log. */
    static String path(HttpServletRequest request) {
        String info = request.getPathInfo();
        return request.getContextPath() + request.getServletPath() + (info == null ? "" : info);
    }

    /** {@code console} under /admin, {@code api} under /api/, {@code portal} for the rest. */
    static String surface(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri.startsWith("/admin/") || uri.equals("/admin") ? "console" : uri.startsWith("/api/") ? "api" : "portal";
    }
}
