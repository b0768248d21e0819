package eu.flightclaim.claims.application.claim;

import eu.flightclaim.claims.application.system.BatchJobs;
import eu.flightclaim.files.application.ClusterRuns;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts the claim-follow-up job every day at FC_FOLLOW_UP_TIME (server time), once per cluster: each
 * instance's timer fires, the first to claim the day ({@link ClusterRuns}) starts the job.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ClaimFollowUpSchedule {

    private static final Logger LOG = Logger.getLogger(ClaimFollowUpSchedule.class.getName());

    @Resource
    private TimerService timers;
    @EJB
    private ClusterRuns runs;
    @EJB
    private BatchJobs jobs;
    @Inject
    @ConfigProperty(name = "FC_FOLLOW_UP_TIME", defaultValue = "06:00")
    private String time;

    @PostConstruct
    void schedule() {
        LocalTime at = LocalTime.parse(time);
        timers.createCalendarTimer(new ScheduleExpression().hour(at.getHour()).minute(at.getMinute()),
                new TimerConfig(BatchJobs.CLAIM_FOLLOW_UP, false));
    }

    @Timeout
    void daily() {
        try {
            if (runs.claim(BatchJobs.CLAIM_FOLLOW_UP, LocalDate.now().atStartOfDay(ZoneId.systemDefault()).toInstant())) {
                long execution = jobs.start(BatchJobs.CLAIM_FOLLOW_UP);
                LOG.info(() -> "Started claim-follow-up, execution " + execution);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not start today's claim follow-up", e);
        }
    }
}
