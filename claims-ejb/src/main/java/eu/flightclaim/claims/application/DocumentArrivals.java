package eu.flightclaim.claims.application;

import eu.flightclaim.files.domain.model.document.DocumentStored;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Listens to files-ejb: a stored document may answer the claim's document requests. */
@ApplicationScoped
public class DocumentArrivals {

    private static final Logger LOG = Logger.getLogger(DocumentArrivals.class.getName());

    @EJB
    private ClaimService claims;

    void onStored(@ObservesAsync DocumentStored stored) {
        try {
            claims.documentArrived(stored.claimId(), stored.documentType(), stored.actor());
        } catch (RuntimeException e) {
            // the document is stored either way; a reviewer can still move the claim by hand
            LOG.log(Level.WARNING, "Document " + stored.documentId() + " could not answer the requests of claim "
                    + stored.claimId(), e);
        }
    }
}
