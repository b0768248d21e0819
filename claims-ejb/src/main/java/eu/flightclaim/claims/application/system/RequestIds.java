package eu.flightclaim.claims.application.system;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id of the request being served on this thread: in its log line, in problem+json's incident id,
 * in the {@code X-Request-Id} header of its answer and of the emails it queues. A caller's own
 * {@code X-Request-Id} is kept when it is a plain token (so a client or a proxy can follow its
 * request through), replaced otherwise; work outside a request (timers, jobs, messages) has none.
 */
public final class RequestIds {

    /** The request attribute that keeps the id for the container's error dispatch (after the filter has ended). */
    public static final String ATTRIBUTE = "eu.flightclaim.requestId";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{8,64}");
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private RequestIds() {
    }

    /** Starts serving a request: the caller's id when acceptable, a new one otherwise. */
    public static String begin(String offered) {
        String id = offered != null && ACCEPTED.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        CURRENT.set(id);
        return id;
    }

    /** Runs {@code work} as part of request {@code id} (an asynchronous step of one), then forgets it. */
    public static void within(String id, Runnable work) {
        String before = CURRENT.get();
        CURRENT.set(id);
        try {
            work.run();
        } finally {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        }
    }

    public static void end() {
        CURRENT.remove();
    }

    /** The current request's id, or null outside a request. */
    public static String current() {
        return CURRENT.get();
    }

    /** The current request's id, or a new one (an incident outside a request still gets an id to quote). */
    public static String currentOrNew() {
        String id = CURRENT.get();
        return id != null ? id : UUID.randomUUID().toString();
    }
}
