package eu.flightclaim.files.infrastructure.metrics;

import eu.flightclaim.files.infrastructure.persistence.FilesUnit;
import eu.flightclaim.files.infrastructure.persistence.ScanBacklog;
import eu.flightclaim.files.infrastructure.storage.ConfiguredBackends;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;

/**
 * The documents' state as gauges: the scan backlog (counted in the database every 15 s, with how
 * long ago that last worked: {@link CountsFreshness}) and this instance's storage circuit breaker
 * (read as it is scraped).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DocumentGauges {

    private static final Logger LOG = Logger.getLogger(DocumentGauges.class.getName());

    @PersistenceContext(unitName = FilesUnit.UNIT)
    private EntityManager em;
    @Inject
    private MetricRegistry registry;
    @Inject
    private ConfiguredBackends backends;
    @Resource
    private SessionContext context;

    private volatile ScanBacklog.Size backlog;
    private CountsFreshness freshness;

    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
    void refresh() {
        if (freshness == null) {
            freshness = CountsFreshness.register(registry, "documents");
        }
        boolean first = backlog == null;
        context.getBusinessObject(DocumentGauges.class).count().ifPresent(read -> {
            backlog = read;
            freshness.refreshed();
            if (first) {
                register();
            }
        });
    }

    /** The count in a transaction of its own (see {@code OperationsGauges.count}); empty when it failed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<ScanBacklog.Size> count() {
        try {
            return Optional.of(ScanBacklog.read(em));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Document gauges not refreshed: " + e);
            return Optional.empty();
        }
    }

    private void register() {
        registry.gauge(Metadata.builder().withName("flightclaim_document_scan_backlog")
                .withDescription("Documents waiting for a virus scan").build(), this, g -> g.backlog.documents());
        registry.gauge(Metadata.builder().withName("flightclaim_document_scan_backlog_oldest_age")
                .withDescription("How long the oldest document waiting for a scan has waited")
                .withUnit(MetricUnits.SECONDS).build(), this, g -> g.backlog.oldestSeconds());
        ConfiguredBackends store = backends;
        registry.gauge(Metadata.builder().withName("flightclaim_document_store_breaker_open")
                .withDescription("1 while this instance rests the document store after repeated failures (uploads and"
                        + " downloads answer 503), else 0").build(), store, b -> b.breakerOpen() ? 1 : 0);
    }
}
