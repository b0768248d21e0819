package eu.flightclaim.files.infrastructure.batch;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counts every batch job's runs by how they ended, for operators ({@code flightclaim_batch_job_runs_total}; the job
 * in the label {@code batch_job}: Prometheus keeps {@code job} for the scrape).
 * Listed in every job's XML, in both EJB modules (claims-ejb's jobs see this module's beans).
 */
@Named("jobRunMetrics")
@Dependent
public class JobRunMetrics extends AbstractJobListener {

    @Inject
    private JobContext job;
    @Inject
    private MetricRegistry registry;

    @Override
    public void afterJob() {
        BatchStatus status = job.getBatchStatus();
        String outcome = status == BatchStatus.FAILED ? "failed"
                : status == BatchStatus.STOPPING || status == BatchStatus.STOPPED ? "stopped" : "completed";
        runs(registry, job.getJobName(), outcome).inc();
    }

    /** The runs of {@code jobName} that ended {@code outcome} ({@code completed}, {@code failed}, {@code stopped}). */
    public static Counter runs(MetricRegistry registry, String jobName, String outcome) {
        return registry.counter(Metadata.builder().withName("flightclaim_batch_job_runs")
                .withDescription("Batch job runs by how they ended").build(),
                new Tag("batch_job", jobName.replace('-', '_')), new Tag("status", outcome.toLowerCase(Locale.ROOT)));
    }
}
