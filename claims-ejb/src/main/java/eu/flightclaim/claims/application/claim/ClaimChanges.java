package eu.flightclaim.claims.application.claim;

import eu.flightclaim.claims.application.InvalidInputException;
import eu.flightclaim.claims.application.NotFoundException;
import eu.flightclaim.claims.application.StateConflictException;
import eu.flightclaim.claims.application.notification.EmailOutbox;
import eu.flightclaim.claims.domain.model.claim.Claim;
import eu.flightclaim.claims.domain.model.claim.ClaimMessage;
import eu.flightclaim.claims.domain.model.claim.ClaimRefused;
import eu.flightclaim.claims.domain.model.claim.ClaimRepository;
import eu.flightclaim.claims.domain.model.claim.ClaimStatus;
import eu.flightclaim.claims.domain.model.customer.Customer;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * What every change of a claim does, whoever makes it (customer, staff, a batch job), in the caller's
 * transaction: load the claim locked, check the version the caller saw, let the claim apply its rule,
 * store it with its new history entries; a refusal becomes a 409. Also the customer's emails about it,
 * and the history, threads and messages as the services hand them out.
 */
@Dependent
public class ClaimChanges {

    public static final String SUBMITTED_TEMPLATE = "claim-submitted";
    public static final String STATUS_TEMPLATE = "claim-status";
    public static final String MESSAGE_TEMPLATE = "claim-message";
    public static final String REMINDER_TEMPLATE = "claim-document-reminder";
    public static final String DOCUMENT_REJECTED_TEMPLATE = "claim-document-rejected";

    /** One template per status the seed names; the others share "status updated". */
    private static final Map<ClaimStatus, String> STATUS_TEMPLATES = Map.of(
            ClaimStatus.DOCUMENTS_REQUESTED, "claim-documents-requested",
            ClaimStatus.APPROVED, "claim-approved",
            ClaimStatus.REJECTED, "claim-rejected",
            ClaimStatus.PAID, "claim-paid");

    @Inject
    private ClaimRepository claims;
    @Inject
    private ClaimQueries queries;
    @EJB
    private eu.flightclaim.files.application.DocumentService documents;
    @EJB
    private EmailOutbox outbox;

    /**
     * Applies {@code change} to the claim if the caller saw {@code version} (null: whichever it is now)
     * and stores it; the claim's rules refusing it is a 409 that lists where it may go instead.
     */
    public Claim change(UUID id, Long version, Consumer<Claim> change) {
        Claim claim = claims.findForChange(id).orElseThrow(() -> new NotFoundException("claim", id));
        try {
            claim.expectVersion(version);
            change.accept(claim);
        } catch (ClaimRefused e) {
            throw conflict(e);
        }
        claims.store(claim);
        return claim;
    }

    /** A refusal of the claim's rules as the application's 409. */
    static StateConflictException conflict(ClaimRefused e) {
        return new StateConflictException(e.getMessage(), e.allowed() == null ? null
                : e.allowed().stream().map(ClaimStatus::apiName).sorted().toList());
    }

    /** A claim as its customer sees it; with {@code customer} null, whoever's it is (staff). Someone else's is not found. */
    public ClaimService.ClaimView view(UUID customer, UUID id) {
        return queries.view(customer, id).orElseThrow(() -> new NotFoundException("claim", id));
    }

    /** The claim's history, oldest first: what the customer may see, or everything (staff, with actors). */
    public List<ClaimService.Event> history(UUID claim, boolean everything) {
        return claims.history(claim, everything).stream().map(e -> new ClaimService.Event(e.at(), lower(e.from()),
                lower(e.to()), e.reason(), e.kind().name().toLowerCase(Locale.ROOT), everything ? e.actor() : null,
                e.customerVisible())).toList();
    }

    /** The customer's email about the claim being (or staying) in {@code status}, with that status's template. */
    public void emailStatus(String reference, String customerEmail, ClaimStatus status, String reason,
            Map<String, Object> extraModel) {
        Map<String, Object> model = new HashMap<>(extraModel);
        model.put("reference", reference);
        model.put("status", status.apiName().replace('_', ' '));
        model.put("reason", reason == null ? "" : reason);
        email(STATUS_TEMPLATES.getOrDefault(status, STATUS_TEMPLATE), customerEmail, model);
    }

    /** Appends to the claim's thread (or, internal, to the staff notes). */
    public ClaimService.Message message(UUID claim, boolean fromStaff, String author, String body, boolean internal) {
        return message(claim, fromStaff, author, body, internal, null);
    }

    /** A message carrying a document, which must be one of the claim's (and not deleted). */
    public ClaimService.Message message(UUID claim, boolean fromStaff, String author, String body, boolean internal,
            UUID documentId) {
        if (documentId != null && documents.onClaim(claim, false).stream().noneMatch(d -> d.id().equals(documentId))) {
            throw new InvalidInputException("documentId", "is not a document of this claim: upload it to the claim"
                    + " first (POST /claims/{id}/documents)");
        }
        ClaimMessage m = new ClaimMessage(claim, fromStaff ? ClaimMessage.AuthorKind.STAFF
                : ClaimMessage.AuthorKind.CUSTOMER, author, body, internal, documentId);
        claims.add(m);
        return message(m, true);
    }

    /** The claim's thread, oldest first; notes only when asked for. */
    public List<ClaimService.Message> messages(UUID claim, boolean withInternal) {
        return claims.thread(claim, withInternal).stream().map(m -> message(m, withInternal)).toList();
    }

    private static ClaimService.Message message(ClaimMessage m, boolean staffEyes) {
        boolean staff = m.authorKind() == ClaimMessage.AuthorKind.STAFF;
        // customers see "Flight Claim team", not a staff member's address
        return new ClaimService.Message(m.id(), m.at(), staff ? "staff" : "customer",
                staff && !staffEyes ? null : m.author(), m.body(), m.internal(), m.documentId());
    }

    /** A message body: 1 to 5,000 characters. */
    public static String messageBody(String body) {
        if (body == null || body.isBlank() || body.length() > ClaimMessage.MAX_LENGTH) {
            throw new InvalidInputException("body", "is required, up to 5000 characters");
        }
        return body.strip();
    }

    private static String lower(ClaimStatus s) {
        return s == null ? null : s.name().toLowerCase(Locale.ROOT);
    }

    /** An email about a claim; none to an erased customer (their claims are restricted, their address gone). */
    public void email(String template, String recipient, Map<String, Object> model) {
        if (!Customer.undeliverable(recipient)) {
            outbox.queue(template, recipient, model);
        }
    }
}
