package eu.flightclaim.claims.domain.model.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;

/** One entry of a claim's history: who did what, when, from which status to which, and why. */
@Entity
@Table(name = "claim_event")
public class ClaimEvent extends ClaimEntry {

    /** What kind of entry: a move, or something else the history should show. */
    public enum Kind { STATUS, EDITED, ASSIGNED, COMPENSATION_OVERRIDDEN, DOCUMENTS_REQUESTED, REMINDER_SENT, FLAGGED }

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private Kind kind;
    @Column(name = "actor", nullable = false)
    private String actor;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private ClaimStatus from;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    private ClaimStatus to;
    @Column(name = "reason")
    private String reason;
    @Column(name = "customer_visible", nullable = false)
    private boolean customerVisible;

    protected ClaimEvent() {
    }

    ClaimEvent(UUID claimId, Kind kind, String actor, ClaimStatus from, ClaimStatus to, String reason,
            boolean customerVisible) {
        super(claimId);
        this.kind = kind;
        this.actor = actor;
        this.from = from;
        this.to = to;
        this.reason = reason;
        this.customerVisible = customerVisible;
    }

    public Kind kind() {
        return kind;
    }

    public String actor() {
        return actor;
    }

    public ClaimStatus from() {
        return from;
    }

    public ClaimStatus to() {
        return to;
    }

    public String reason() {
        return reason;
    }

    public boolean customerVisible() {
        return customerVisible;
    }
}
