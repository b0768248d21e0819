package eu.flightclaim.claims.application.reference;

import eu.flightclaim.claims.application.system.OperationsMetrics;

import eu.flightclaim.claims.domain.model.compensation.Carrier;
import eu.flightclaim.claims.domain.model.compensation.LimitationPeriod;
import eu.flightclaim.claims.domain.model.compensation.Place;
import eu.flightclaim.claims.domain.model.country.Membership;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The reference tables the engine reads on every request, held in memory as an immutable
 * snapshot (a few thousand rows): the eligibility check touches no database. Reloaded after every
 * reference-data import or staff edit, on this instance at once and on every instance of a cluster
 * when the change is announced ({@link ReferenceChanges}); loaded again on use while the tables are
 * still empty (first start).
 */
@ApplicationScoped
public class ReferenceData {

    private static final Logger LOG = Logger.getLogger(ReferenceData.class.getName());
    private static final long EMPTY_RETRY_MILLIS = 2000;

    /** One consistent view of the reference tables. */
    public record Snapshot(Map<String, Place> airports, Map<String, Carrier> carriers,
            Map<String, Membership> countries, Map<String, LimitationPeriod> limitationPeriods, long loadedAt) {

        public boolean isComplete() {
            return !airports.isEmpty() && !carriers.isEmpty() && !countries.isEmpty() && !limitationPeriods.isEmpty();
        }
    }

    @Inject
    private ReferenceTables tables;
    @Inject
    private ReferenceChanges changes;
    @Inject
    private OperationsMetrics metrics;

    private volatile Snapshot snapshot;

    public Snapshot snapshot() {
        Snapshot s = snapshot;
        if (s == null || !s.isComplete() && System.currentTimeMillis() - s.loadedAt() > EMPTY_RETRY_MILLIS) {
            s = reload();
        }
        return s;
    }

    /** Staff corrected a reference row: the engine sees it from the next request on, on every instance. */
    void edited(@jakarta.enterprise.event.Observes(during = jakarta.enterprise.event.TransactionPhase.AFTER_SUCCESS)
            ReferenceDataEditing.Edited edit) {
        changed();
    }

    /** The tables changed on this instance (an import, an edit, committed): reloaded here, announced to all. */
    public void changed() {
        reload();
        metrics.referenceDataReloaded(OperationsMetrics.ReferenceReload.CHANGED_HERE);
        try {
            changes.announce();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Other instances were not told of a reference-data change; they see it after"
                    + " their next restart or the next announced change", e);
        }
    }

    /** A change was announced (by this instance or another): reloaded. */
    public void announced() {
        reload();
        metrics.referenceDataReloaded(OperationsMetrics.ReferenceReload.ANNOUNCED);
    }

    public synchronized Snapshot reload() {
        Snapshot s = tables.read();
        snapshot = s;
        LOG.info(() -> "Reference data loaded: " + s.airports().size() + " airports, " + s.carriers().size()
                + " airlines, " + s.countries().size() + " countries, " + s.limitationPeriods().size()
                + " limitation periods");
        return s;
    }
}
