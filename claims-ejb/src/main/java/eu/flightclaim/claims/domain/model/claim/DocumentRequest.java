package eu.flightclaim.claims.domain.model.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A document staff asked the customer for; answered by an upload of its type or a resubmission. */
@Entity
@Table(name = "document_request")
public class DocumentRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "claim_id", nullable = false, updatable = false)
    private UUID claimId;
    @Column(name = "document_type", nullable = false)
    private String documentType;
    @Column(name = "message", nullable = false)
    private String message;
    @Column(name = "requested_by", nullable = false)
    private String requestedBy;
    @Column(name = "requested_at", insertable = false, updatable = false)
    private OffsetDateTime requestedAt;
    @Column(name = "reminded_at", insertable = false, updatable = false)
    private OffsetDateTime remindedAt;
    @Column(name = "answered_at", insertable = false, updatable = false)
    private OffsetDateTime answeredAt;

    protected DocumentRequest() {
    }

    public DocumentRequest(UUID claimId, String documentType, String message, String requestedBy) {
        this.claimId = claimId;
        this.documentType = documentType;
        this.message = message;
        this.requestedBy = requestedBy;
    }

    public long id() {
        return id;
    }

    public UUID claimId() {
        return claimId;
    }

    public String documentType() {
        return documentType;
    }

    public String message() {
        return message;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public OffsetDateTime requestedAt() {
        return requestedAt;
    }

    public OffsetDateTime remindedAt() {
        return remindedAt;
    }

    public OffsetDateTime answeredAt() {
        return answeredAt;
    }
}
