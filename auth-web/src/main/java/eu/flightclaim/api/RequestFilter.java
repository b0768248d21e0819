package eu.flightclaim.api;

import eu.flightclaim.web.ObservedRequestFilter;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.annotation.WebFilter;

/** Every request of the API and the portal: its id, its log line, its count (see the superclass). */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class RequestFilter extends ObservedRequestFilter {

    private static final long serialVersionUID = 1L;
}
