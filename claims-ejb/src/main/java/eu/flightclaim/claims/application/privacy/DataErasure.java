package eu.flightclaim.claims.application.privacy;

import eu.flightclaim.claims.application.InvalidInputException;
import eu.flightclaim.claims.application.Page;
import eu.flightclaim.claims.domain.model.privacy.ErasureRequest;
import eu.flightclaim.claims.domain.model.privacy.ErasureRequestSummary;
import eu.flightclaim.claims.domain.model.text.AcceptedText;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;

/**
 * The right to erasure (GDPR Art. 17): a customer asks, staff decide. Carried out, the customer's claims
 * are restricted to what legal claims need until their retention ends (Art. 17(3)(e)), everything else
 * goes at once, and claims whose retention has already ended are anonymised straight away.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DataErasure {

    /** A request as staff see it: with the customer's address (held, while restricted) and what was decided. */
    public record StaffView(ErasureRequestSummary request, String email) implements Serializable {
    }

    @EJB
    private ErasureSteps steps;
    @EJB
    private PersonalDataRetention retention;
    @Inject
    private RetentionSettings settings;

    /** The customer asks; asking again while a request waits gives that request. */
    public ErasureRequest request(UUID customer) {
        return steps.request(customer);
    }

    /** The customer's latest request, if they made one. */
    public Optional<ErasureRequest> latestOf(UUID customer) {
        return steps.latestOf(customer);
    }

    /** Waiting requests first, oldest first; then decided ones, newest first. */
    public Page<StaffView> list(int page, int size) {
        Page<ErasureRequest> requests = steps.list(page, size);
        var emails = steps.emailsOf(requests.items().stream().map(ErasureRequest::customerId).toList());
        return requests.map(r -> new StaffView(r.summary(), emails.get(r.customerId())));
    }

    public long waiting() {
        return steps.waiting();
    }

    public StaffView find(UUID id) {
        ErasureRequest r = steps.find(id);
        return new StaffView(r.summary(), steps.emailOf(r.customerId()).orElse(null));
    }

    /** Staff carry the erasure out; what may be erased already is, before this returns. */
    public ErasureRequest carryOut(UUID id, String actor, String note) {
        ErasureRequest r = steps.carryOut(id, actor, note(note, false), settings.periods());
        retention.runFor(r.customerId());
        return r;
    }

    /** Staff refuse, saying why (the customer reads it). */
    public ErasureRequest refuse(UUID id, String actor, String note) {
        return steps.refuse(id, actor, note(note, true));
    }

    private static String note(String note, boolean required) {
        String n = note == null ? "" : note.strip();
        if (required && n.isEmpty()) {
            throw new InvalidInputException("note", "Say why the request is refused: the customer reads it"
                    + " (GDPR Art. 12(4)).");
        }
        if (n.length() > ErasureRequest.NOTE_MAX) {
            throw new InvalidInputException("note", "At most " + ErasureRequest.NOTE_MAX + " characters.");
        }
        AcceptedText.refusal(n, AcceptedText.Lines.MULTI).ifPresent(why -> {
            throw new InvalidInputException("note", "The note " + why + ".");
        });
        return n.isEmpty() ? null : n;
    }
}
