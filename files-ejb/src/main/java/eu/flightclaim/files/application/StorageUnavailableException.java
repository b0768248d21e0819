package eu.flightclaim.files.application;

import jakarta.ejb.ApplicationException;

/** The document store does not answer (after retries): try again later (503 with Retry-After). */
@ApplicationException(rollback = true)
public class StorageUnavailableException extends RuntimeException {

    public StorageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
