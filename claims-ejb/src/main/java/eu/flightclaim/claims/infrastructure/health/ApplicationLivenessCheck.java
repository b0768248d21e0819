package eu.flightclaim.claims.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Live while the application answers and the heap is not nearly exhausted. */
@Liveness
@ApplicationScoped
public class ApplicationLivenessCheck implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        long max = rt.maxMemory();
        return HealthCheckResponse.named("application")
                .status(used < max * 0.95)
                .withData("heapUsedMiB", used >> 20)
                .withData("heapMaxMiB", max >> 20)
                .build();
    }
}
