package eu.flightclaim.api;

import eu.flightclaim.web.ObservedRequestFilter;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.annotation.WebFilter;

/** Every request of the API and the portal: its id, its log line, its count (see the superclass). */
@WebFilter(filterName = RequestFilter.NAME, urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class RequestFilter extends ObservedRequestFilter {

    private static final long serialVersionUID = 1L;
    /** Mapped first in web.xml: it wraps every other filter (the portal's pages too). */
    static final String NAME = "requests";
}
