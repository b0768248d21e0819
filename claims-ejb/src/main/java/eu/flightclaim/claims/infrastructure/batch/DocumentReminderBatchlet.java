package eu.flightclaim.claims.infrastructure.batch;

import eu.flightclaim.claims.application.claim.ClaimFollowUp;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Step 1 of claim-follow-up: remind customers of unanswered document requests, then flag the claim. */
@Named
@Dependent
public class DocumentReminderBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(DocumentReminderBatchlet.class.getName());

    @EJB
    private ClaimFollowUp followUp;
    @Inject
    @ConfigProperty(name = "FC_DOCUMENT_REMINDER_DAYS", defaultValue = "7")
    private int days;

    @Override
    public String process() {
        int reminded = followUp.remindUnanswered(days);
        int flagged = followUp.flagUnanswered(days);
        LOG.info(() -> "Document requests: " + reminded + " reminded, " + flagged + " claims flagged");
        return "REMINDED " + reminded + ", FLAGGED " + flagged;
    }
}
