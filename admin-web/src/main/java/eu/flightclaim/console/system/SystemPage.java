package eu.flightclaim.console.system;

import eu.flightclaim.claims.application.system.BatchJobs;
import eu.flightclaim.claims.application.system.DependencyMonitor;
import eu.flightclaim.claims.application.system.SystemInfo;
import eu.flightclaim.console.Feedback;
import eu.flightclaim.console.Words;
import eu.flightclaim.files.application.DocumentHousekeeping;
import eu.flightclaim.files.application.KeyRotation;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** The System page: readiness, the dependencies an outage of which is absorbed, the build, batch job executions, storage reconciliation, key rotation. */
@Named
@RequestScoped
public class SystemPage {

    public record HealthRow(String name, boolean up, String details) {
    }

    @Inject
    @Readiness
    private Instance<HealthCheck> readinessChecks;
    @Inject
    private SystemInfo systemInfo;
    @EJB
    private DependencyMonitor monitor;
    @EJB
    private BatchJobs jobs;
    @EJB
    private DocumentHousekeeping housekeeping;
    @EJB
    private KeyRotation keyRotation;

    private List<HealthRow> health;
    private List<DependencyMonitor.Dependency> dependencies;
    private List<BatchJobs.Execution> executions;
    private List<DocumentHousekeeping.Finding> storageFindings;
    private KeyRotation.Status keyStatus;

    public List<HealthRow> getHealth() {
        if (health == null) {
            health = readinessChecks.stream().map(HealthCheck::call).map(SystemPage::row)
                    .sorted(Comparator.comparing(HealthRow::name)).toList();
        }
        return health;
    }

    /** SMTP, the document store and clamd, asked now; each with since when it is in its state. */
    public List<DependencyMonitor.Dependency> getDependencies() {
        if (dependencies == null) {
            dependencies = monitor.check();
        }
        return dependencies;
    }

    public SystemInfo.BuildInfo getBuild() {
        return systemInfo.build();
    }

    public List<BatchJobs.Execution> getExecutions() {
        if (executions == null) {
            executions = jobs.recentExecutions(20);
        }
        return executions;
    }

    /** What the last reconciliations found: objects without records (removed) and records without objects. */
    public List<DocumentHousekeeping.Finding> getStorageFindings() {
        if (storageFindings == null) {
            storageFindings = housekeeping.findings(100);
        }
        return storageFindings;
    }

    /** The room left in the document store, in words: "12.3 GiB", or why there is no number. */
    public String getStoreFreeSpace() {
        try {
            java.util.OptionalLong free = housekeeping.storeFreeBytes();
            return free.isPresent() ? Words.bytes(free.getAsLong()) : "not limited, or not reported by the store";
        } catch (eu.flightclaim.files.domain.model.storage.StorageException | jakarta.ejb.EJBException e) {
            return "unknown: the store does not answer";
        }
    }

    public KeyRotation.Status getKeyStatus() {
        if (keyStatus == null) {
            keyStatus = keyRotation.status();
        }
        return keyStatus;
    }

    public List<String> getJobNames() {
        return BatchJobs.JOBS.stream().sorted().toList();
    }

    public void start(String jobName) {
        if (Feedback.attempt("Starting " + jobName,
                () -> "Started " + jobName + " (execution " + jobs.start(jobName) + ").")) {
            executions = null;
        }
    }

    public void restart(long executionId) {
        if (Feedback.attempt("Restarting execution " + executionId,
                () -> "Restarted execution " + executionId + " as execution " + jobs.restart(executionId) + ".")) {
            executions = null;
        }
    }

    private static HealthRow row(HealthCheckResponse r) {
        String details = r.getData().map(d -> d.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("; "))).orElse("");
        return new HealthRow(r.getName(), r.getStatus() == HealthCheckResponse.Status.UP, details);
    }
}
