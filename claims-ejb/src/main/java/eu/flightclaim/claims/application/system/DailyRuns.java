package eu.flightclaim.claims.application.system;

import java.time.LocalDate;

/**
 * "Once per cluster and day" for scheduled work: every instance's timer fires, and only the first to
 * claim the day for the task runs it.
 */
public interface DailyRuns {

    /** True for the first caller of the day for this task, across every instance sharing the database. */
    boolean claim(String task, LocalDate day);
}
