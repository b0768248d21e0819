package eu.flightclaim.claims.application.reference;

import eu.flightclaim.claims.application.system.BatchJobs;

import eu.flightclaim.claims.application.system.StartupOrder;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.inject.Inject;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.util.logging.Logger;

/**
 * Imports the packaged reference data at first start (while any reference table is empty). It runs
 * from a one-shot timer just after deployment rather than during it, so the import never delays
 * the deploy. Later imports (new data files) are started by staff from the console.
 */
@Singleton
@Startup
@DependsOn(StartupOrder.SCHEMA_MIGRATION)
public class ReferenceDataBootstrap {

    private static final Logger LOG = Logger.getLogger(ReferenceDataBootstrap.class.getName());

    @Resource
    private TimerService timers;
    @Inject
    private ReferenceData referenceData;
    @EJB
    private BatchJobs jobs;

    @PostConstruct
    void scheduleFirstImport() {
        timers.createSingleActionTimer(1000, new TimerConfig("reference-data-import-on-first-start", false));
    }

    @Timeout
    void importIfEmpty() {
        if (!referenceData.reload().isComplete() && !jobs.isRunning(BatchJobs.REFERENCE_DATA_IMPORT)) {
            long id = jobs.start(BatchJobs.REFERENCE_DATA_IMPORT);
            LOG.info(() -> "Reference data incomplete: started " + BatchJobs.REFERENCE_DATA_IMPORT + " execution " + id);
        }
    }
}
