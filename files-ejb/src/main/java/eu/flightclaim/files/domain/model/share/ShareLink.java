package eu.flightclaim.files.domain.model.share;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A link that lets a third party download one document. The database stamps and counts (created,
 * revoked, uses, failed passwords, last use): this side only creates it.
 */
@Entity
@Table(name = "share_link")
public class ShareLink {

    /** Wrong passwords after which the link is locked. */
    public static final int MAX_FAILED_PASSWORDS = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;
    @Column(name = "document_id", nullable = false, updatable = false)
    private UUID documentId;
    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;
    @Column(name = "password_hash", updatable = false)
    private String passwordHash;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;
    @Column(name = "created_at", insertable = false, updatable = false)
    private OffsetDateTime createdAt;
    @Column(name = "expires_at", nullable = false, updatable = false)
    private OffsetDateTime expiresAt;
    @Column(name = "revoked_at", insertable = false, updatable = false)
    private OffsetDateTime revokedAt;
    @Column(name = "uses", insertable = false, updatable = false)
    private int uses;
    @Column(name = "failed_passwords", insertable = false, updatable = false)
    private int failedPasswords;
    @Column(name = "last_used_at", insertable = false, updatable = false)
    private OffsetDateTime lastUsedAt;

    protected ShareLink() {
    }

    public ShareLink(UUID documentId, String tokenHash, String passwordHash, String createdBy,
            OffsetDateTime expiresAt) {
        this.documentId = documentId;
        this.tokenHash = tokenHash;
        this.passwordHash = passwordHash;
        this.createdBy = createdBy;
        this.expiresAt = expiresAt;
    }

    public long id() {
        return id;
    }

    public UUID documentId() {
        return documentId;
    }

    public String createdBy() {
        return createdBy;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime expiresAt() {
        return expiresAt;
    }

    public OffsetDateTime revokedAt() {
        return revokedAt;
    }

    public int uses() {
        return uses;
    }

    public OffsetDateTime lastUsedAt() {
        return lastUsedAt;
    }

    public boolean passwordProtected() {
        return passwordHash != null;
    }

    /**
     * A link as a visit finds it, with expiry decided by the database's clock.
     *
     * @param passwordHash null when the link has no password
     */
    public record Visited(long id, UUID documentId, String passwordHash, boolean expired, boolean revoked,
            int failedPasswords) {

        public boolean locked() {
            return failedPasswords >= MAX_FAILED_PASSWORDS;
        }
    }
}
