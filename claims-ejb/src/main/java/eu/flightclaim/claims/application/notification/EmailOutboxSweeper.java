package eu.flightclaim.claims.application.notification;

import eu.flightclaim.claims.application.system.OperationsMetrics;
import eu.flightclaim.claims.domain.model.notification.OutboxDelivery;
import eu.flightclaim.claims.domain.model.notification.RetryPolicy;
import eu.flightclaim.files.application.ClusterRuns;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every 30 seconds: re-enqueues PENDING emails whose dispatch message was lost (broker restart,
 * crash between commit and delivery), and sends again those whose send was cut off by a dying
 * instance (same Message-ID), or gives them up when that send was their last attempt. Once per
 * cluster and half-minute ({@link ClusterRuns}); it would also be safe twice: the dispatcher's
 * conditional claim takes a PENDING row once.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EmailOutboxSweeper {

    private static final Logger LOG = Logger.getLogger(EmailOutboxSweeper.class.getName());
    /**
     * Longer than any send that is still going: the mail session's timeouts (5 s to connect, 10 s per
     * read or write) bound an SMTP conversation to well under a minute.
     */
    private static final Duration INTERRUPTED_AFTER = Duration.ofMinutes(2);

    @EJB
    private OutboxDelivery outbox;
    @EJB
    private EmailDispatch queue;
    @EJB
    private ClusterRuns runs;
    @Inject
    private OperationsMetrics metrics;
    @Inject
    private RetryPolicy retries;

    @Inject
    @ConfigProperty(name = "FC_MAIL_STALE_SECONDS", defaultValue = "120")
    private long staleSeconds;

    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false, info = "email-outbox-sweeper")
    public void sweep() {
        if (!runs.claim("email-outbox-sweeper", ClusterRuns.periodOf(Instant.now(), Duration.ofSeconds(30)))) {
            return; // another instance sweeps this half-minute
        }
        var overdue = outbox.overduePending(Duration.ofSeconds(staleSeconds), 500);
        overdue.forEach(queue::enqueue);
        var interrupted = outbox.resumeInterruptedSends(INTERRUPTED_AFTER, retries.maxAttempts(),
                EmailOutbox.ONE_TIME_SECRET_TEMPLATES);
        for (var send : interrupted) {
            if (send.givenUp()) {
                metrics.emailDelivery(OperationsMetrics.EmailDelivery.FAILED);
                LOG.warning(() -> "Email " + send.id() + " was cut off on its last attempt; giving up");
            } else {
                queue.enqueue(send.id());
                metrics.emailDelivery(OperationsMetrics.EmailDelivery.RESUMED);
            }
        }
        if (!overdue.isEmpty() || !interrupted.isEmpty()) {
            LOG.info(() -> "Outbox sweep: re-enqueued " + overdue.size() + " overdue; interrupted " + interrupted);
        }
    }
}
