package eu.flightclaim.claims.application;

import eu.flightclaim.claims.infrastructure.persistence.SchemaMigration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.util.logging.Logger;

/**
 * Imports the airport reference data at first start (an empty table). It runs from a one-shot
 * timer just after deployment rather than during it, so a slow import never delays the deploy.
 */
@Singleton
@Startup
@DependsOn(SchemaMigration.NAME)
public class ReferenceDataBootstrap {

    private static final Logger LOG = Logger.getLogger(ReferenceDataBootstrap.class.getName());

    @Resource
    private TimerService timers;
    @EJB
    private AirportService airports;
    @EJB
    private BatchJobs jobs;

    @PostConstruct
    void scheduleFirstImport() {
        timers.createSingleActionTimer(1000, new TimerConfig("airport-import-on-first-start", false));
    }

    @Timeout
    void importIfEmpty() {
        if (airports.count() == 0 && !jobs.isRunning(BatchJobs.AIRPORT_IMPORT)) {
            long id = jobs.start(BatchJobs.AIRPORT_IMPORT);
            LOG.info(() -> "Airport table empty: started " + BatchJobs.AIRPORT_IMPORT + " execution " + id);
        }
    }
}
