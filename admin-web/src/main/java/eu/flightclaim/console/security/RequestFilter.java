package eu.flightclaim.console.security;

import eu.flightclaim.web.ObservedRequestFilter;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.annotation.WebFilter;

/** Every request of the console: its id (also in an incident's message), its log line, its count. */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST, asyncSupported = true)
public class RequestFilter extends ObservedRequestFilter {

    private static final long serialVersionUID = 1L;
}
