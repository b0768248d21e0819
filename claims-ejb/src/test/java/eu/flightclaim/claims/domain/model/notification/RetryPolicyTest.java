package eu.flightclaim.claims.domain.model.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), 5);

    @Test
    void doublesTheWaitAfterEachFailedAttempt() {
        assertEquals(Optional.of(Duration.ofSeconds(30)), policy.delayAfter(1));
        assertEquals(Optional.of(Duration.ofSeconds(60)), policy.delayAfter(2));
        assertEquals(Optional.of(Duration.ofSeconds(120)), policy.delayAfter(3));
        assertEquals(Optional.of(Duration.ofSeconds(240)), policy.delayAfter(4));
    }

    @Test
    void givesUpWhenTheAttemptsAreUsed() {
        assertEquals(Optional.empty(), policy.delayAfter(5));
        assertEquals(Optional.empty(), policy.delayAfter(6));
    }

    @Test
    void capsTheWaitAtOneHour() {
        RetryPolicy many = new RetryPolicy(Duration.ofMinutes(10), 100);
        assertEquals(Optional.of(RetryPolicy.MAX_DELAY), many.delayAfter(10));
        assertEquals(Optional.of(RetryPolicy.MAX_DELAY), many.delayAfter(99));
    }

    @Test
    void refusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(Duration.ZERO, 3));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(Duration.ofSeconds(1), 0));
    }
}
