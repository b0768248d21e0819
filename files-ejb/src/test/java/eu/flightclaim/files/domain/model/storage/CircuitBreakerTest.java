package eu.flightclaim.files.domain.model.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    private Instant now = Instant.parse("2026-11-22T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final CircuitBreaker breaker = new CircuitBreaker(4, 0.75, Duration.ofSeconds(30), clock);
    private final AtomicInteger calls = new AtomicInteger();

    private void fail() {
        assertThrows(StorageException.class, () -> breaker.call(() -> {
            calls.incrementAndGet();
            throw new StorageException("down", true, null);
        }));
    }

    private String ok() throws StorageException {
        return breaker.call(() -> {
            calls.incrementAndGet();
            return "ok";
        });
    }

    @Test
    void opensAfterMostOfTheWindowFailedRestsTheStoreThenTriesOnce() throws StorageException {
        ok();
        fail();
        fail();
        assertFalse(breaker.isOpen(), "2 of 3 is not a full window yet");
        fail();
        assertTrue(breaker.isOpen(), "3 of the last 4 failed");
        int before = calls.get();
        CircuitBreaker.Open open = assertThrows(CircuitBreaker.Open.class, this::ok);
        assertEquals(Duration.ofSeconds(30), open.retryAfter());
        assertEquals(before, calls.get(), "the store is not asked while open");

        now = now.plusSeconds(31);
        fail(); // the trial fails: open again
        assertThrows(CircuitBreaker.Open.class, this::ok);
        now = now.plusSeconds(31);
        assertEquals("ok", ok()); // the trial succeeds: closed
        assertFalse(breaker.isOpen());
        assertEquals("ok", ok());
    }

    @Test
    void missingObjectsAreNotFailures() throws StorageException {
        for (int i = 0; i < 8; i++) {
            assertThrows(StorageException.NotFound.class, () -> breaker.call(() -> {
                throw new StorageException.NotFound("k");
            }));
        }
        assertFalse(breaker.isOpen());
        assertEquals("ok", ok());
    }
}
