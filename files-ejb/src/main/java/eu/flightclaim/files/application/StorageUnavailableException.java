package eu.flightclaim.files.application;

import jakarta.ejb.ApplicationException;

/** The document store does not answer (after retries): try again later (503 with Retry-After). */
@ApplicationException(rollback = true)
public class StorageUnavailableException extends RuntimeException {

    public StorageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    /** When to try again: the circuit breaker's remaining rest, else 30 seconds. */
    public long retryAfterSeconds() {
        return getCause() instanceof eu.flightclaim.files.domain.model.storage.CircuitBreaker.Open open
                ? Math.max(1, open.retryAfter().toSeconds()) : 30;
    }
}
