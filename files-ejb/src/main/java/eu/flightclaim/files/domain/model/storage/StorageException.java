package eu.flightclaim.files.domain.model.storage;

/**
 * Storage failed. {@link #retryable()} tells a transient failure (connection, timeout, 5xx, 423
 * Locked) from a permanent one (other 4xx); {@link Unavailable} means retries were used up.
 */
public class StorageException extends Exception {

    private final boolean retryable;

    public StorageException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }

    /** No object under the key. */
    public static final class NotFound extends StorageException {
        public NotFound(String key) {
            super("no stored object " + key, false, null);
        }
    }

    /**
     * The store has no room for the object (WebDAV 507 Insufficient Storage, Nextcloud's quota): not
     * transient, so not retried; the caller answers 503 with the reason and the team is alerted.
     */
    public static final class Full extends StorageException {
        public Full(String message, Throwable cause) {
            super(message, false, cause);
        }
    }

    /** The store did not answer usefully after every retry: the caller answers 503. */
    public static final class Unavailable extends StorageException {
        public Unavailable(String message, Throwable cause) {
            super(message, true, cause);
        }
    }
}
