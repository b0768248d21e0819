package eu.flightclaim.files.application;

import java.time.Duration;
import java.time.Instant;

/**
 * Scheduled work done once per cluster and period, however many instances' timers fire: the first
 * instance to claim the task's period does it, the others skip it. Every module's schedules use it
 * (this module is the one every other depends on).
 */
public interface ClusterRuns {

    /** True for the one caller that claims {@code task} for the period starting at {@code periodStart}. */
    boolean claim(String task, Instant periodStart);

    /** The start of the period of length {@code period} that {@code now} is in (periods counted from the epoch, UTC). */
    static Instant periodOf(Instant now, Duration period) {
        long length = period.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), length) * length);
    }
}
