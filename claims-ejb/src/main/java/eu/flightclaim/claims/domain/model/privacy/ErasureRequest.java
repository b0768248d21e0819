package eu.flightclaim.claims.domain.model.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A customer's request to erase their data (GDPR Art. 17), and staff's decision on it. Carried out, it
 * holds the customer's address while claims that may still be litigated are restricted (Art. 17(3)(e)),
 * until the retention job lets it go with the customer ({@code PersonalData.forget}) once the last of
 * them is anonymised. A refusal says why (Art. 12(4)).
 */
@Entity
@Table(name = "erasure_request")
public class ErasureRequest {

    /** Where a request stands. */
    public enum Status {
        REQUESTED, CARRIED_OUT, REFUSED;

        public String apiName() {
            return name().toLowerCase().replace('_', '-');
        }
    }

    /** A decision that cannot be taken: the request was decided already, or a refusal without a reason. */
    public static final class DecisionRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public DecisionRefused(String message) {
            super(message, null, false, false);
        }
    }

    public static final int NOTE_MAX = 2000;

    @Id
    private UUID id;
    @Column(name = "customer_id", nullable = false, updatable = false)
    private UUID customerId;
    @Column(name = "requested_at", nullable = false, updatable = false)
    private OffsetDateTime requestedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;
    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decision_note")
    private String note;
    @Column(name = "restricted_until")
    private LocalDate restrictedUntil;
    @Column(name = "held_email")
    private String heldEmail;
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ErasureRequest() {
    }

    public static ErasureRequest ask(UUID customerId, OffsetDateTime at) {
        ErasureRequest r = new ErasureRequest();
        r.id = UUID.randomUUID();
        r.customerId = customerId;
        r.requestedAt = at;
        r.status = Status.REQUESTED;
        return r;
    }

    /**
     * Erasure decided: the customer's address is held here while claims stay restricted (until
     * {@code restrictedUntil}; null when nothing needs keeping, and then nothing is held).
     */
    public void carryOut(String actor, String note, OffsetDateTime at, LocalDate restrictedUntil, String email) {
        decide(actor, note, at);
        this.status = Status.CARRIED_OUT;
        this.restrictedUntil = restrictedUntil;
        this.heldEmail = restrictedUntil == null ? null : email;
    }

    /** Refused, with the reason the customer is told. */
    public void refuse(String actor, String note, OffsetDateTime at) {
        if (note == null || note.isBlank()) {
            throw new DecisionRefused("A refusal needs a reason for the customer (GDPR Art. 12(4)).");
        }
        decide(actor, note, at);
        this.status = Status.REFUSED;
    }

    private void decide(String actor, String note, OffsetDateTime at) {
        if (status != Status.REQUESTED) {
            throw new DecisionRefused("This request was decided already (" + status.apiName() + ").");
        }
        String trimmed = note == null ? null : note.strip();
        if (trimmed != null && trimmed.length() > NOTE_MAX) {
            throw new DecisionRefused("The note is longer than " + NOTE_MAX + " characters.");
        }
        this.decidedBy = actor;
        this.decidedAt = at;
        this.note = trimmed == null || trimmed.isEmpty() ? null : trimmed;
    }

    /** What a page keeps of it, as a value rather than the entity. */
    public ErasureRequestSummary summary() {
        return new ErasureRequestSummary(id, customerId, requestedAt, status, decidedAt, decidedBy, note,
                restrictedUntil);
    }

    public UUID id() {
        return id;
    }

    public UUID customerId() {
        return customerId;
    }

    public OffsetDateTime requestedAt() {
        return requestedAt;
    }

    public Status status() {
        return status;
    }

    public OffsetDateTime decidedAt() {
        return decidedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String note() {
        return note;
    }

    public LocalDate restrictedUntil() {
        return restrictedUntil;
    }

    public String heldEmail() {
        return heldEmail;
    }
}
