package eu.flightclaim.claims.infrastructure.batch;

import eu.flightclaim.claims.application.claim.ClaimFollowUp;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Step 2 of claim-follow-up: flag undecided claims near their limitation deadline and tell staff. */
@Named
@Dependent
public class DeadlineWatchBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(DeadlineWatchBatchlet.class.getName());

    @EJB
    private ClaimFollowUp followUp;
    @Inject
    @ConfigProperty(name = "FC_DEADLINE_WARNING_DAYS", defaultValue = "30")
    private int days;

    @Override
    public String process() {
        int near = followUp.flagNearDeadline(days).size();
        LOG.info(() -> "Deadlines: " + near + " undecided claims within " + days + " days");
        return "NEAR DEADLINE " + near;
    }
}
