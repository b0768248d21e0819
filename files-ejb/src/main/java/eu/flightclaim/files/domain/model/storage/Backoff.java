package eu.flightclaim.files.domain.model.storage;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential back-off with jitter: retry n (from 1) waits a random time between half and all of
 * {@code base × 2^(n-1)}, capped; the randomness keeps many instances from retrying in step.
 */
public record Backoff(int attempts, Duration base, Duration cap) {

    public Backoff {
        if (attempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
    }

    /** The wait before retry number {@code retry} (1 = the first retry). */
    public Duration delay(int retry) {
        long ceiling = Math.min(cap.toMillis(), base.toMillis() << Math.min(retry - 1, 20));
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1));
    }

    /** Runs {@code action}, retrying retryable failures; the last failure ends as {@link StorageException.Unavailable}. */
    public <T> T run(String what, Action<T> action) throws StorageException {
        StorageException last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                return action.run();
            } catch (StorageException e) {
                if (!e.retryable()) {
                    throw e;
                }
                last = e;
                if (attempt < attempts) {
                    try {
                        Thread.sleep(delay(attempt).toMillis());
                    } catch (InterruptedException ie) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
            }
        }
        throw new StorageException.Unavailable(what + " failed after " + attempts + " attempts: "
                + (last == null ? "interrupted" : last.getMessage()), last);
    }

    @FunctionalInterface
    public interface Action<T> {
        T run() throws StorageException;
    }
}
