package eu.flightclaim.claims.infrastructure.metrics;

import eu.flightclaim.claims.application.system.DependencyMonitor;
import eu.flightclaim.claims.infrastructure.persistence.OperationsCounts;
import eu.flightclaim.claims.infrastructure.persistence.PersistenceAdapter;
import eu.flightclaim.files.infrastructure.metrics.CountsFreshness;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The state an operator alerts on, as gauges: the email outbox, undecided claims near their limitation
 * deadline (both counted in the database every 15 s, so a scrape never waits for a query, with how
 * long ago that last worked: {@link CountsFreshness}) and the dependencies as this instance last
 * probed them. Every instance reports the database's counts; alert on their {@code max}.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OperationsGauges {

    private static final Logger LOG = Logger.getLogger(OperationsGauges.class.getName());

    @PersistenceContext(unitName = PersistenceAdapter.UNIT)
    private EntityManager em;
    @Inject
    private MetricRegistry registry;
    @EJB
    private DependencyMonitor dependencies;
    @Resource
    private SessionContext context;
    @Inject
    @ConfigProperty(name = "FC_DEADLINE_WARNING_DAYS", defaultValue = "30")
    private int nearDeadlineDays;

    private volatile OperationsCounts.Snapshot counts;
    private CountsFreshness freshness;
    private final Map<String, Double> dependencyUp = new ConcurrentHashMap<>();

    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
    void refresh() {
        if (freshness == null) {
            freshness = CountsFreshness.register(registry, "operations");
        }
        boolean first = counts == null;
        context.getBusinessObject(OperationsGauges.class).count().ifPresent(read -> {
            counts = read;
            freshness.refreshed();
            if (first) {
                registerCounts();
            }
        });
        for (DependencyMonitor.Dependency d : dependencies.lastKnown()) {
            if (d.state() == DependencyMonitor.State.NOT_CONFIGURED) {
                continue;
            }
            if (dependencyUp.put(d.name(), d.state() == DependencyMonitor.State.UP ? 1.0 : 0.0) == null) {
                registry.gauge(Metadata.builder().withName("flightclaim_dependency_up")
                        .withDescription("1 while this instance reaches the dependency (SMTP, document store, clamd),"
                                + " 0 while it does not").build(),
                        dependencyUp, m -> m.getOrDefault(d.name(), 0.0), new Tag("dependency", d.name().replace('-', '_')));
            }
        }
    }

    /**
     * The counts in a transaction of their own: one that fails (5 s at most) rolls back alone, so the
     * timer's transaction, which Payara opens for a scheduled method whatever its attribute, and the
     * dependency gauges after it go on. Empty when it failed; the gauges' age says so.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<OperationsCounts.Snapshot> count() {
        try {
            return Optional.of(OperationsCounts.read(em, nearDeadlineDays));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Operations gauges not refreshed: " + e); // the database's own alerts say why
            return Optional.empty();
        }
    }

    private void registerCounts() {
        gauge("flightclaim_emails_pending", "Emails waiting to be sent (new, or due for a retry)", s -> s.emailsPending());
        gauge("flightclaim_emails_sending", "Emails being sent now", s -> s.emailsSending());
        gauge("flightclaim_emails_failed", "Emails that gave up after their retries (resend from the console)",
                s -> s.emailsFailed());
        registry.gauge(Metadata.builder().withName("flightclaim_email_oldest_pending_age")
                .withDescription("How long the oldest pending email has waited").withUnit(MetricUnits.SECONDS).build(),
                this, g -> g.counts.oldestPendingEmailSeconds());
        gauge("flightclaim_claims_near_deadline_undecided", "Undecided claims within FC_DEADLINE_WARNING_DAYS of their"
                + " limitation deadline, or past it", s -> s.openClaimsNearDeadline());
    }

    private void gauge(String name, String description, ToDoubleFunction<OperationsCounts.Snapshot> value) {
        registry.gauge(Metadata.builder().withName(name).withDescription(description).build(), this,
                g -> value.applyAsDouble(g.counts));
    }
}
