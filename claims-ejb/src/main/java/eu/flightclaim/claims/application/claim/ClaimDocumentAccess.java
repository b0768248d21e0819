package eu.flightclaim.claims.application.claim;

import eu.flightclaim.claims.application.StateConflictException;
import eu.flightclaim.files.application.DocumentNotFoundException;
import eu.flightclaim.files.application.DocumentService;
import eu.flightclaim.files.domain.model.document.Document;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import java.util.UUID;

/**
 * Who may see, upload to and delete a claim's documents, for the API and the console alike: staff
 * any claim's, a customer their own claims' (someone else's is not found, not forbidden), and a
 * customer may delete only while the claim is undecided. {@code customer} null means staff is asking.
 * No transaction of its own: each document step commits as it does when called directly (a refused
 * access is logged even though the caller gets a 404).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ClaimDocumentAccess {

    @EJB
    private ClaimService claims;
    @EJB
    private DocumentService documents;

    /** The claim's customer, when the caller may act on the claim; else the claim is not found. */
    public UUID claimOwner(UUID claim, UUID customer) {
        if (customer == null) {
            return claims.ownerOf(claim);
        }
        claims.view(customer, claim);
        return customer;
    }

    /** The claim's documents as the caller may list them (staff see deleted ones too). */
    public List<Document> onClaim(UUID claim, UUID customer) {
        claimOwner(claim, customer);
        return documents.onClaim(claim, customer == null);
    }

    /** The document, if the caller may see it: staff, or its owner while it is not deleted; else logged and not found. */
    public Document visible(UUID documentId, UUID customer, String action, DocumentService.Actor actor) {
        Document doc = documents.find(documentId);
        if (customer == null) {
            return doc;
        }
        if (!doc.ownerId().equals(customer) || doc.deleted()) {
            documents.denied(documentId, action, actor);
            throw new DocumentNotFoundException(documentId);
        }
        return doc;
    }

    /** Deletes (softly) a document the caller may see; a customer only while its claim is undecided. */
    public Document delete(UUID documentId, UUID customer, DocumentService.Actor actor) {
        Document doc = visible(documentId, customer, "DELETE", actor);
        if (customer != null && claims.view(customer, doc.claimId()).status().isDecided()) {
            throw new StateConflictException("The claim is decided: its documents stay as they are.");
        }
        return documents.setDeleted(doc.id(), true, actor);
    }
}
