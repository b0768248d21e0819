package eu.flightclaim.console.security;

import eu.flightclaim.claims.application.system.OperationsMetrics;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Counts every answer of the console by status class, for the operators' error-rate alert. */
@WebFilter(urlPatterns = "/*", dispatcherTypes = jakarta.servlet.DispatcherType.REQUEST)
public class RequestOutcomeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private OperationsMetrics metrics;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        int status = 500; // unless the chain answers
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        } finally {
            metrics.answered("console", status);
        }
    }
}
