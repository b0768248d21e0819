package eu.flightclaim.claims.application.system;

import eu.flightclaim.claims.application.NotFoundException;
import eu.flightclaim.claims.application.StateConflictException;

import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * The batch jobs of the claims domain, for the console's System page: start, restart, and the
 * recent executions. Jobs are started from this module so the batch runtime finds the job XML
 * and the artifacts in {@code claims-ejb}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchJobs {

    public static final String REFERENCE_DATA_IMPORT = "reference-data-import";
    /** The jobs that may be started by hand. */
    public static final String CLAIM_FOLLOW_UP = "claim-follow-up";
    /** files-ejb's job (its XML is in that module; one EAR class loader sees both). */
    public static final String DOCUMENT_RESCAN = "document-rescan";
    public static final String DOCUMENT_KEY_ROTATION = "document-key-rotation";
    public static final String DOCUMENT_HOUSEKEEPING = "document-housekeeping";
    public static final Set<String> JOBS = Set.of(REFERENCE_DATA_IMPORT, CLAIM_FOLLOW_UP, DOCUMENT_RESCAN,
            DOCUMENT_KEY_ROTATION, DOCUMENT_HOUSEKEEPING);

    public record Execution(long id, String jobName, String status, String exitStatus, Instant created,
            Instant started, Instant ended, boolean restartable) {
    }

    public long start(String jobName) {
        if (!JOBS.contains(jobName)) {
            throw new NotFoundException("batch job", jobName);
        }
        return operator().start(jobName, new Properties());
    }

    /** Restarts a failed or stopped execution from its last checkpoint. */
    public long restart(long executionId) {
        Execution execution = execution(executionId);
        if (!execution.restartable()) {
            throw new StateConflictException("Execution " + executionId + " is " + execution.status()
                    + "; only failed or stopped executions can be restarted.");
        }
        try {
            return operator().restart(executionId, new Properties());
        } catch (JobRestartException | JobExecutionNotMostRecentException | JobExecutionAlreadyCompleteException e) {
            throw new StateConflictException("Execution " + executionId + " cannot be restarted: " + e.getMessage());
        }
    }

    public Execution execution(long executionId) {
        try {
            JobExecution e = operator().getJobExecution(executionId);
            if (!JOBS.contains(e.getJobName())) {
                throw new NoSuchJobExecutionException();
            }
            return toView(e);
        } catch (NoSuchJobExecutionException e) {
            throw new NotFoundException("batch job execution", executionId);
        }
    }

    /** The newest executions of every job of this module, newest first. */
    public List<Execution> recentExecutions(int max) {
        JobOperator op = operator();
        List<Execution> result = new ArrayList<>();
        for (String job : JOBS) {
            try {
                for (JobInstance instance : op.getJobInstances(job, 0, max)) {
                    op.getJobExecutions(instance).forEach(e -> result.add(toView(e)));
                }
            } catch (NoSuchJobException notRunYet) {
                // a job that never ran has no instances
            }
        }
        result.sort(Comparator.comparingLong(Execution::id).reversed());
        return result.size() > max ? result.subList(0, max) : result;
    }

    public boolean isRunning(String jobName) {
        try {
            return !operator().getRunningExecutions(jobName).isEmpty();
        } catch (NoSuchJobException notRunYet) {
            return false;
        }
    }

    private static Execution toView(JobExecution e) {
        BatchStatus s = e.getBatchStatus();
        return new Execution(e.getExecutionId(), e.getJobName(), s.name(), e.getExitStatus(),
                instant(e.getCreateTime()), instant(e.getStartTime()), instant(e.getEndTime()),
                s == BatchStatus.FAILED || s == BatchStatus.STOPPED);
    }

    private static Instant instant(java.util.Date d) {
        return d == null ? null : d.toInstant();
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
