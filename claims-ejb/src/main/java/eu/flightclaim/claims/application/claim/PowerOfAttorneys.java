package eu.flightclaim.claims.application.claim;

import eu.flightclaim.claims.application.NotFoundException;
import eu.flightclaim.claims.domain.model.claim.Claim;
import eu.flightclaim.claims.domain.model.claim.ClaimRepository;
import eu.flightclaim.files.application.DocumentService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.UUID;

/**
 * The claim's signed assignment and power of attorney as its {@value #DOCUMENT_TYPE} document: rendered
 * from what the claim recorded at submission (the text's version and language, the signatures, time,
 * IP and browser) and stored encrypted with the claim's other documents. Storing again is harmless:
 * a claim that has the document keeps it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PowerOfAttorneys {

    public static final String DOCUMENT_TYPE = "power_of_attorney";

    @Inject
    private ClaimRepository claims;
    @Inject
    private ClaimChanges changes;
    @Inject
    private PowerOfAttorneyRenderer renderer;
    @EJB
    private DocumentService documents;

    /**
     * Stores the signed assignment as the claim's document, when the claim was signed (a client that
     * only recorded the acceptance has nothing to sign) and has no such document yet.
     */
    public void store(UUID claimId, DocumentService.Actor actor) {
        Claim c = claims.find(claimId).orElseThrow(() -> new NotFoundException("claim", claimId));
        if (c.signatures().isEmpty()
                || documents.onClaim(claimId, false).stream().anyMatch(d -> DOCUMENT_TYPE.equals(d.documentType()))) {
            return;
        }
        documents.upload(claimId, c.customerId(), DOCUMENT_TYPE, "power-of-attorney-" + c.reference() + ".pdf",
                new ByteArrayInputStream(render(c)), actor);
    }

    /** The claim's signed assignment, rendered from what the claim recorded. */
    private byte[] render(Claim c) {
        String email = changes.view(null, c.id()).customerEmail();
        return renderer.render(new PowerOfAttorneyRenderer.Signed(c.reference(), c.regime(), c.flightNumber(),
                c.firstFlightDate(), c.passengers().stream().map(p -> p.firstName() + " " + p.lastName()).toList(),
                ClaimTerms.text(c.termsVersion(), c.termsLanguage()), c.consentAt(), c.consentIp(),
                c.consentUserAgent(), email, c.signatures()));
    }
}
