package eu.flightclaim.files.infrastructure.batch;

import eu.flightclaim.files.application.DocumentHousekeeping;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The three steps of document-housekeeping. */
public final class HousekeepingBatchlets {

    private HousekeepingBatchlets() {
    }

    /** Step 1: documents deleted longer than FC_DOCUMENT_PURGE_DAYS ago leave storage and the database. */
    @Named("documentPurgeBatchlet")
    @Dependent
    public static class Purge extends AbstractBatchlet {
        @EJB
        private DocumentHousekeeping housekeeping;
        @Inject
        @ConfigProperty(name = "FC_DOCUMENT_PURGE_DAYS", defaultValue = "30")
        private int days;

        @Override
        public String process() throws Exception {
            return "PURGED " + housekeeping.purge(Duration.ofDays(days));
        }
    }

    /** Step 2: objects without records (older than FC_RECONCILE_GRACE_MINUTES) removed, missing objects reported. */
    @Named("storageReconciliationBatchlet")
    @Dependent
    public static class Reconcile extends AbstractBatchlet {
        @EJB
        private DocumentHousekeeping housekeeping;
        @Inject
        @ConfigProperty(name = "FC_RECONCILE_GRACE_MINUTES", defaultValue = "60")
        private int graceMinutes;

        @Override
        public String process() throws Exception {
            int[] r = housekeeping.reconcile(Duration.ofMinutes(graceMinutes));
            return "ORPHANS REMOVED " + r[0] + ", MISSING " + r[1] + ", DAMAGED " + r[2];
        }
    }

    /** Step 3: FC_VERIFY_PER_RUN documents read back whole and checked, those checked longest ago first. */
    @Named("documentVerificationBatchlet")
    @Dependent
    public static class Verify extends AbstractBatchlet {
        @EJB
        private DocumentHousekeeping housekeeping;
        @Inject
        @ConfigProperty(name = "FC_VERIFY_PER_RUN", defaultValue = "200")
        private int perRun;

        @Override
        public String process() throws Exception {
            int[] r = housekeeping.verify(perRun);
            return "READ BACK " + r[0] + ", DAMAGED " + r[1];
        }
    }
}
