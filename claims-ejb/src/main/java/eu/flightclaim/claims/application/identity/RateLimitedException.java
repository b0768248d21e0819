package eu.flightclaim.claims.application.identity;

import jakarta.ejb.ApplicationException;
import java.time.Duration;

/** Too many requests of one kind from one address or for one account; try again after {@link #retryAfter()}. */
@ApplicationException(rollback = true)
public class RateLimitedException extends RuntimeException {

    private final Duration retryAfter;

    public RateLimitedException(String message, Duration retryAfter) {
        super(message, null, false, false);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
