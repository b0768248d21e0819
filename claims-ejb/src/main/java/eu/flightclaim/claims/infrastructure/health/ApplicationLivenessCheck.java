package eu.flightclaim.claims.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Whether this JVM should be restarted, and nothing else (never a dependency: restarting does not
 * bring a mail server back): threads deadlocked, or the heap still nearly full after the last
 * garbage collection.
 */
@Liveness
@ApplicationScoped
public class ApplicationLivenessCheck implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        long[] deadlocked = ManagementFactory.getThreadMXBean().findDeadlockedThreads();
        double heapAfterGc = heapUsedAfterLastGc();
        Runtime rt = Runtime.getRuntime();
        return HealthCheckResponse.named("application")
                .status(deadlocked == null && heapAfterGc < 0.95)
                .withData("deadlockedThreads", deadlocked == null ? 0 : deadlocked.length)
                .withData("heapUsedAfterGcPercent", Math.round(heapAfterGc * 100))
                .withData("heapMaxMiB", rt.maxMemory() >> 20)
                .build();
    }

    /** The fullest heap pool as the last collection left it (current use would flap before every GC). */
    private static double heapUsedAfterLastGc() {
        double fullest = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage afterGc = pool.getCollectionUsage();
            if (pool.getType() == MemoryType.HEAP && afterGc != null && afterGc.getMax() > 0) {
                fullest = Math.max(fullest, (double) afterGc.getUsed() / afterGc.getMax());
            }
        }
        return fullest;
    }
}
