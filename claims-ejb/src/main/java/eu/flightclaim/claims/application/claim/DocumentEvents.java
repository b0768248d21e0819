package eu.flightclaim.claims.application.claim;

import eu.flightclaim.files.domain.model.document.DocumentReviewed;
import eu.flightclaim.files.domain.model.document.DocumentScanned;
import eu.flightclaim.files.domain.model.document.DocumentStored;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The claims' side of files-ejb's document events: a stored document may answer the claim's
 * document requests; a rejected one is explained to the customer by email.
 */
@ApplicationScoped
public class DocumentEvents {

    private static final Logger LOG = Logger.getLogger(DocumentEvents.class.getName());

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

    /** In the reviewer's transaction: the email and the decision commit together. */
    void onReviewed(@Observes DocumentReviewed reviewed) {
        if (!reviewed.approved()) {
            claims.documentRejected(reviewed.claimId(), reviewed.documentType(), reviewed.fileName(), reviewed.reason());
        }
    }

    /** In the scanner's update: the customer learns the file was refused and why. */
    void onScanned(@Observes DocumentScanned scanned) {
        claims.documentRejected(scanned.claimId(), scanned.documentType(), scanned.fileName(), "It contains malware ("
                + scanned.signature() + ") and was not accepted. Please check your device and upload a clean copy.");
    }
}
