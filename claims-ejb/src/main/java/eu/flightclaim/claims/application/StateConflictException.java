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

    public StateConflictException(String message) {
        this(message, null);
    }

    public StateConflictException(String message, List<String> allowed) {
        super(message);
        this.allowed = allowed;
    }

    /** The statuses a refused transition could have gone to; null when the conflict is not a transition. */
    public List<String> allowed() {
        return allowed;
    }
}
