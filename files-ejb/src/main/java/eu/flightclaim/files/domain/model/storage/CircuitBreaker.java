package eu.flightclaim.files.domain.model.storage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A circuit breaker for the document store: when at least {@code failureRatio} of the last
 * {@code window} operations failed (after their own retries), the circuit opens and callers are
 * refused at once for {@code openFor}; then one trial call is let through, and its outcome closes
 * or reopens the circuit. Thread-safe; state is per instance (each server protects itself).
 */
public final class CircuitBreaker {

    /** The circuit is open: the store is not asked. */
    public static final class Open extends StorageException {
        private final Duration retryAfter;

        Open(Duration retryAfter) {
            super("the document store failed repeatedly and is rested for " + retryAfter.toSeconds() + " s", true, null);
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }

    private final int window;
    private final double failureRatio;
    private final Duration openFor;
    private final Clock clock;
    private final Deque<Boolean> outcomes = new ArrayDeque<>();
    private Instant openUntil;
    private boolean trialRunning;

    public CircuitBreaker(int window, double failureRatio, Duration openFor, Clock clock) {
        this.window = window;
        this.failureRatio = failureRatio;
        this.openFor = openFor;
        this.clock = clock;
    }

    /**
     * Runs {@code action} unless the circuit is open; store failures count, missing objects and a full
     * store do not (the server answers: reads still work, resting it would stop them too).
     */
    public <T> T call(Backoff.Action<T> action) throws StorageException {
        boolean trial = admit();
        try {
            T result = action.run();
            record(true, trial);
            return result;
        } catch (StorageException.NotFound | StorageException.Full e) {
            record(true, trial);
            throw e;
        } catch (StorageException | RuntimeException e) {
            record(false, trial);
            throw e;
        }
    }

    private synchronized boolean admit() throws Open {
        if (openUntil == null) {
            return false;
        }
        Instant now = clock.instant();
        if (now.isBefore(openUntil) || trialRunning) {
            throw new Open(Duration.between(now, openUntil).isNegative() ? openFor : Duration.between(now, openUntil));
        }
        trialRunning = true; // half-open: this call decides
        return true;
    }

    private synchronized void record(boolean success, boolean trial) {
        if (trial) {
            trialRunning = false;
            outcomes.clear();
            openUntil = success ? null : clock.instant().plus(openFor);
            return;
        }
        outcomes.addLast(success);
        if (outcomes.size() > window) {
            outcomes.removeFirst();
        }
        long failures = outcomes.stream().filter(ok -> !ok).count();
        if (outcomes.size() == window && failures >= Math.ceil(failureRatio * window)) {
            openUntil = clock.instant().plus(openFor);
            outcomes.clear();
        }
    }

    public synchronized boolean isOpen() {
        return openUntil != null;
    }
}
