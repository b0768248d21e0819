package eu.flightclaim.files.domain.model.storage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** What housekeeping found in storage, or did to it: an orphan removed, an object missing, a purge. */
@Entity
@Table(name = "storage_finding")
public class StorageFinding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;
    // the database's clock, as its default
    @Column(name = "found_at", insertable = false, updatable = false)
    private OffsetDateTime foundAt;
    @Column(name = "kind", nullable = false, updatable = false)
    private String kind;
    @Column(name = "storage_key", nullable = false, updatable = false)
    private String storageKey;
    @Column(name = "document_id", updatable = false)
    private UUID documentId;
    @Column(name = "detail", updatable = false)
    private String detail;

    protected StorageFinding() {
    }

    public StorageFinding(String kind, String storageKey, UUID documentId, String detail) {
        this.kind = kind;
        this.storageKey = storageKey;
        this.documentId = documentId;
        this.detail = detail;
    }

    public long id() {
        return id;
    }

    public OffsetDateTime foundAt() {
        return foundAt;
    }

    public String kind() {
        return kind;
    }

    public String storageKey() {
        return storageKey;
    }

    public UUID documentId() {
        return documentId;
    }

    public String detail() {
        return detail;
    }
}
