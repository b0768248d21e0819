package eu.flightclaim.claims.domain.model.claim;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What is appended to a claim's record and not edited afterwards (data erasure aside): a history
 * entry or a message. The database numbers it and times it by its own clock, as every other time
 * of a claim.
 */
@MappedSuperclass
public abstract class ClaimEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "claim_id", nullable = false, updatable = false)
    private UUID claimId;
    @Column(name = "at", insertable = false, updatable = false)
    private OffsetDateTime at;

    protected ClaimEntry() {
    }

    protected ClaimEntry(UUID claimId) {
        this.claimId = claimId;
    }

    public long id() {
        return id;
    }

    public UUID claimId() {
        return claimId;
    }

    public OffsetDateTime at() {
        return at;
    }
}
