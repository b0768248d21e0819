package eu.flightclaim.files.infrastructure.persistence;

import eu.flightclaim.files.application.ClusterRuns;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * {@link ClusterRuns} in PostgreSQL: the insert of (task, period) that succeeds wins, the primary key
 * turns the others away. SQL: an insert that may do nothing (ON CONFLICT), committed at once.
 */
@Stateless
@Local(ClusterRuns.class)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ClusterRunTable extends PersistenceAdapter implements ClusterRuns {

    /** How long a claimed run is kept, for the record. */
    private static final String KEPT = "7 days";

    @Inject
    private MetricRegistry metrics;

    @Override
    public boolean claim(String task, Instant periodStart) {
        boolean won = claim(em, task, periodStart, System.getProperty("com.sun.aas.instanceName"));
        // per instance: summed over a cluster, "ran" is one per period and task (ClusterIT counts it)
        runs(metrics, task, won ? "ran" : "skipped").inc();
        return won;
    }

    /** The tasks scheduled through this table, for their series to exist from the start at 0. */
    public static final List<String> TASKS = List.of("email-outbox-sweeper", "claim-follow-up",
            "document-housekeeping", "document-rescan");

    /** The counter of a task's timer firings by outcome: {@code ran} or {@code skipped}. */
    public static Counter runs(MetricRegistry registry, String task, String outcome) {
        return registry.counter(Metadata.builder().withName("flightclaim_scheduled_runs").withDescription(
                "Scheduled work by task: ran on this instance, or skipped because another instance ran it this period")
                .build(), new Tag("task", task), new Tag("outcome", outcome));
    }

    static boolean claim(EntityManager em, String task, Instant periodStart, String instance) {
        OffsetDateTime start = periodStart.atOffset(ZoneOffset.UTC);
        boolean won = em.createNativeQuery("INSERT INTO cluster_run (task, period_start, instance) VALUES (?1, ?2, ?3)"
                + " ON CONFLICT DO NOTHING").setParameter(1, task).setParameter(2, start).setParameter(3, instance)
                .executeUpdate() == 1;
        if (won) {
            em.createNativeQuery("DELETE FROM cluster_run WHERE task = ?1 AND period_start < ?2::timestamptz - interval '"
                    + KEPT + "'").setParameter(1, task).setParameter(2, start).executeUpdate();
        }
        return won;
    }
}
