package eu.flightclaim.claims.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.flightclaim.claims.MigratedDatabase;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Once per cluster and day: of several instances claiming the same day at once, exactly one wins. */
class ScheduledRunsTest {

    @Test
    void exactlyOneOfManyInstancesRunsTheTaskOfADay() throws Exception {
        LocalDate day = LocalDate.of(2026, 3, 1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> instances = java.util.stream.IntStream.range(0, 8).<Callable<Boolean>>mapToObj(i -> () -> {
                try (Connection c = MigratedDatabase.connection()) {
                    return ScheduledRuns.claim(c, "test-task", day);
                }
            }).toList();
            long winners = 0;
            for (Future<Boolean> f : pool.invokeAll(instances)) {
                winners += f.get() ? 1 : 0;
            }
            assertEquals(1, winners);
        } finally {
            pool.shutdown();
        }
        try (Connection c = MigratedDatabase.connection()) {
            assertEquals(true, ScheduledRuns.claim(c, "test-task", day.plusDays(1)), "the next day runs again");
            assertEquals(true, ScheduledRuns.claim(c, "other-task", day), "other tasks are independent");
        }
    }
}
