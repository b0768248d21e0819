package eu.flightclaim.files.application;

import eu.flightclaim.files.domain.model.document.DocumentRepository;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every five minutes: when documents wait for a scan and clamd answers, start document-rescan; every
 * night at 03:30, document-housekeeping. Running on several instances at once is harmless: a
 * document leaves SCANNING once, deletions of what is already gone are no-ops.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DocumentJobsSchedule {

    public static final String JOB = "document-rescan";
    private static final Logger LOG = Logger.getLogger(DocumentJobsSchedule.class.getName());

    @Inject
    private DocumentSettings settings;
    @EJB
    private DocumentRepository documents;
    @EJB
    private ClusterRuns runs;

    /** Nightly purge and reconciliation, once per cluster (each step would also be safe twice). */
    @Schedule(minute = "30", hour = "3", persistent = false, info = "document-housekeeping")
    void housekeeping() {
        try {
            if (!runs.claim("document-housekeeping", ClusterRuns.periodOf(Instant.now(), Duration.ofDays(1)))) {
                return;
            }
            BatchRuntime.getJobOperator().start("document-housekeeping", new Properties());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not start the document housekeeping", e);
        }
    }

    @Schedule(minute = "*/5", hour = "*", persistent = false, info = "document-rescan")
    void check() {
        try {
            if (settings.scanner() != null && !documents.waitingForScan(Duration.ofMinutes(1), 1).isEmpty()
                    && settings.scanner().ping()
                    && runs.claim(JOB, ClusterRuns.periodOf(Instant.now(), Duration.ofMinutes(5)))) {
                BatchRuntime.getJobOperator().start(JOB, new Properties());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not start the document rescan", e);
        }
    }
}
