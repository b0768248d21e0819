package eu.flightclaim.claims.domain.model.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;

/** One message of a claim's thread between customer and staff, or an internal note only staff see. */
@Entity
@Table(name = "claim_message")
public class ClaimMessage extends ClaimEntry {

    public enum AuthorKind { CUSTOMER, STAFF }

    /** The longest message body. */
    public static final int MAX_LENGTH = 5000;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_kind", nullable = false)
    private AuthorKind authorKind;
    @Column(name = "author", nullable = false)
    private String author;
    @Column(name = "body", nullable = false)
    private String body;
    @Column(name = "internal", nullable = false)
    private boolean internal;
    @Column(name = "document_id", updatable = false)
    private UUID documentId;

    protected ClaimMessage() {
    }

    /** A message; internal notes are written by staff only. */
    public ClaimMessage(UUID claimId, AuthorKind authorKind, String author, String body, boolean internal) {
        this(claimId, authorKind, author, body, internal, null);
    }

    /** A message carrying one of the claim's documents ({@code documentId} null: none). */
    public ClaimMessage(UUID claimId, AuthorKind authorKind, String author, String body, boolean internal,
            UUID documentId) {
        super(claimId);
        if (internal && authorKind != AuthorKind.STAFF) {
            throw new IllegalArgumentException("only staff write internal notes");
        }
        this.authorKind = authorKind;
        this.author = author;
        this.body = body;
        this.internal = internal;
        this.documentId = documentId;
    }

    public AuthorKind authorKind() {
        return authorKind;
    }

    public String author() {
        return author;
    }

    public String body() {
        return body;
    }

    public boolean internal() {
        return internal;
    }

    /** The document the message carries; null when none. */
    public UUID documentId() {
        return documentId;
    }
}
