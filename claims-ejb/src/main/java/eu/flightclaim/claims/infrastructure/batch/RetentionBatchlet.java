package eu.flightclaim.claims.infrastructure.batch;

import eu.flightclaim.claims.application.privacy.PersonalDataRetention;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.logging.Logger;

/** Step 3 of claim-follow-up: personal data whose retention ended is erased (a store that is down fails the step). */
@Named
@Dependent
public class RetentionBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(RetentionBatchlet.class.getName());

    @EJB
    private PersonalDataRetention retention;

    @Override
    public String process() throws Exception {
        PersonalDataRetention.Run run = retention.run();
        LOG.info(() -> "Retention: " + run.claimsAnonymised() + " claims anonymised, " + run.documentsErased()
                + " documents erased, " + run.customersForgotten() + " customers forgotten");
        return "ANONYMISED " + run.claimsAnonymised() + " DOCUMENTS " + run.documentsErased() + " FORGOTTEN "
                + run.customersForgotten();
    }
}
