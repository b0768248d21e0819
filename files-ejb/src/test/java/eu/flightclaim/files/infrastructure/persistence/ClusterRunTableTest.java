package eu.flightclaim.files.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.flightclaim.files.application.ClusterRuns;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Once per cluster and period: of several instances claiming the same period at once, exactly one wins. */
class ClusterRunTableTest {

    @Test
    void exactlyOneOfManyInstancesRunsTheTaskOfAPeriod() throws Exception {
        String task = "test-task-" + System.nanoTime();
        Instant period = ClusterRuns.periodOf(Instant.parse("2026-03-01T10:00:17Z"), Duration.ofSeconds(30));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> instances = IntStream.range(0, 8).<Callable<Boolean>>mapToObj(i -> () ->
                    claim(task, period, "instance-" + i)).toList();
            long winners = 0;
            for (Future<Boolean> f : pool.invokeAll(instances)) {
                winners += f.get() ? 1 : 0;
            }
            assertEquals(1, winners);
        } finally {
            pool.shutdown();
        }
        assertTrue(claim(task, period.plusSeconds(30), "a"), "the next period runs");
        assertTrue(claim(task + "-other", period, "a"), "other tasks are independent");
        assertEquals(2, runs(task));
        // a week later, what is older than a week goes
        assertTrue(claim(task, period.plus(Duration.ofDays(8)), "a"));
        assertEquals(1, runs(task));
    }

    private static boolean claim(String task, Instant period, String instance) {
        return FilesDatabase.<Boolean>inTransaction(em -> ClusterRunTable.claim(em, task, period, instance));
    }

    private static long runs(String task) {
        return FilesDatabase.<Number>inTransaction(em -> (Number) em.createNativeQuery(
                "SELECT count(*) FROM cluster_run WHERE task = ?1").setParameter(1, task).getSingleResult()).longValue();
    }

    @Test
    void aPeriodStartsAtAWholeMultipleOfItsLength() {
        assertEquals(Instant.parse("2026-03-01T10:00:00Z"), ClusterRuns.periodOf(Instant.parse("2026-03-01T10:00:29.999Z"),
                Duration.ofSeconds(30)));
        assertEquals(Instant.parse("2026-03-01T10:05:00Z"), ClusterRuns.periodOf(Instant.parse("2026-03-01T10:09:59Z"),
                Duration.ofMinutes(5)));
        assertEquals(Instant.parse("2026-03-01T00:00:00Z"), ClusterRuns.periodOf(Instant.parse("2026-03-01T23:59:59Z"),
                Duration.ofDays(1)));
    }
}
