package eu.flightclaim.files.domain.model.document;

import eu.flightclaim.files.domain.model.crypto.KeyEncryptionKeys;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A stored document: what it is, where its encrypted object lives, and the key to read it. The
 * accessors keep the names of the record this once was: the web modules read them.
 */
@Entity
@Table(name = "document")
public class Document {

    @Id
    @Column(name = "id")
    private UUID id;
    @Column(name = "claim_id", nullable = false, updatable = false)
    private UUID claimId;
    @Column(name = "owner_id", nullable = false, updatable = false)
    private UUID ownerId;
    @Column(name = "document_type", nullable = false, updatable = false)
    private String documentType;
    @Column(name = "original_name", nullable = false, updatable = false)
    private String originalName;
    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;
    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;
    @Column(name = "sha256", nullable = false, updatable = false)
    private String sha256;
    @Column(name = "pdf_pages", updatable = false)
    private Integer pdfPages;
    @Column(name = "storage_key", nullable = false, updatable = false)
    private String storageKey;
    @Column(name = "stored_bytes", nullable = false, updatable = false)
    private long storedBytes;
    // the key, status, scan and review change only in the repository's conditional updates
    @Column(name = "kek_id", nullable = false, updatable = false)
    private String kekId;
    @Column(name = "wrapped_key", nullable = false, updatable = false)
    private byte[] wrappedKey;
    @Column(name = "segment_size", nullable = false, updatable = false)
    private int segmentSize;
    @Column(name = "status", nullable = false, updatable = false)
    private String status;
    @Column(name = "scan_result", updatable = false)
    private String scanResult;
    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;
    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private OffsetDateTime uploadedAt;
    @Column(name = "deleted_at")
    private OffsetDateTime deletedAt;
    @Column(name = "review_decision", updatable = false)
    private String reviewDecision;
    @Column(name = "review_reason", updatable = false)
    private String reviewReason;
    @Column(name = "reviewed_by", updatable = false)
    private String reviewedBy;
    @Column(name = "reviewed_at", insertable = false, updatable = false)
    private OffsetDateTime reviewedAt;
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Document() {
    }

    public Document(UUID id, UUID claimId, UUID ownerId, String documentType, String originalName,
            String contentType, long size, String sha256, Integer pdfPages, String storageKey, long storedBytes,
            KeyEncryptionKeys.WrappedKey wrappedKey, int segmentSize, String status, String scanResult,
            String uploadedBy, OffsetDateTime uploadedAt, OffsetDateTime deletedAt, String reviewDecision,
            String reviewReason) {
        this.id = id;
        this.claimId = claimId;
        this.ownerId = ownerId;
        this.documentType = documentType;
        this.originalName = originalName;
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.pdfPages = pdfPages;
        this.storageKey = storageKey;
        this.storedBytes = storedBytes;
        this.kekId = wrappedKey.kekId();
        this.wrappedKey = wrappedKey.wrapped();
        this.segmentSize = segmentSize;
        this.status = status;
        this.scanResult = scanResult;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
        this.deletedAt = deletedAt;
        this.reviewDecision = reviewDecision;
        this.reviewReason = reviewReason;
    }

    /** The owner's soft delete; false when it is deleted already. */
    public boolean delete(OffsetDateTime at) {
        if (deletedAt != null) {
            return false;
        }
        deletedAt = at;
        return true;
    }

    /** Staff bring a deleted document back; false when it is not deleted. */
    public boolean restore() {
        if (deletedAt == null) {
            return false;
        }
        deletedAt = null;
        return true;
    }

    public boolean deleted() {
        return deletedAt != null;
    }

    /** What a page may keep of it: no storage key, no key. */
    public DocumentSummary summary() {
        return new DocumentSummary(id, claimId, documentType, originalName, contentType, size, pdfPages, status,
                scanResult, uploadedBy, uploadedAt, deletedAt, reviewDecision, reviewReason);
    }

    public UUID id() {
        return id;
    }

    public UUID claimId() {
        return claimId;
    }

    public UUID ownerId() {
        return ownerId;
    }

    public String documentType() {
        return documentType;
    }

    public String originalName() {
        return originalName;
    }

    public String contentType() {
        return contentType;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public Integer pdfPages() {
        return pdfPages;
    }

    public String storageKey() {
        return storageKey;
    }

    public long storedBytes() {
        return storedBytes;
    }

    public KeyEncryptionKeys.WrappedKey wrappedKey() {
        return new KeyEncryptionKeys.WrappedKey(kekId, wrappedKey);
    }

    public int segmentSize() {
        return segmentSize;
    }

    public String status() {
        return status;
    }

    public String scanResult() {
        return scanResult;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public OffsetDateTime uploadedAt() {
        return uploadedAt;
    }

    public OffsetDateTime deletedAt() {
        return deletedAt;
    }

    public String reviewDecision() {
        return reviewDecision;
    }

    public String reviewReason() {
        return reviewReason;
    }

    @Override
    public String toString() {
        return "Document[" + id + ", " + documentType + ", " + status + "]";
    }
}
