package eu.flightclaim.claims.domain.model.notification;

import java.time.Duration;
import java.util.Optional;

/**
 * Exponential back-off for failed sends: after attempt n the next one waits base × 2^(n-1),
 * capped at {@link #MAX_DELAY}; after {@code maxAttempts} attempts the email is given up on.
 */
public record RetryPolicy(Duration baseDelay, int maxAttempts) {

    public static final Duration MAX_DELAY = Duration.ofHours(1);

    public RetryPolicy {
        if (baseDelay.isNegative() || baseDelay.isZero()) {
            throw new IllegalArgumentException("baseDelay must be positive");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** The wait before the next attempt, or empty when {@code attemptsMade} used them all up. */
    public Optional<Duration> delayAfter(int attemptsMade) {
        if (attemptsMade >= maxAttempts) {
            return Optional.empty();
        }
        int doublings = Math.min(Math.max(attemptsMade - 1, 0), 30);
        Duration delay = baseDelay.multipliedBy(1L << doublings);
        return Optional.of(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay);
    }
}
