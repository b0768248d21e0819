package eu.flightclaim.claims.application;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * The request is well-formed but the thing it acts on is not in a state that allows it (or changed
 * meanwhile). For a refused claim transition, {@link #allowed()} names the statuses that would be.
 */
@ApplicationException(rollback = true)
public class StateConflictException extends RuntimeException {

    private final List<String> allowed;
    private final Long retryAfterSeconds;

    public StateConflictException(String message) {
        this(message, null);
    }

    public StateConflictException(String message, List<String> allowed) {
        this(message, allowed, null);
    }

    private StateConflictException(String message, List<String> allowed, Long retryAfterSeconds) {
        super(message);
        this.allowed = allowed;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** A conflict that passes by itself (another request on the same thing is still running). */
    public static StateConflictException retryLater(String message, long seconds) {
        return new StateConflictException(message, null, seconds);
    }

    /** When to try again, for a conflict that passes by itself; null otherwise. */
    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** The statuses a refused transition could have gone to; null when the conflict is not a transition. */
    public List<String> allowed() {
        return allowed;
    }
}
