package eu.flightclaim.files.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What an uploaded document of one type may be: content types, size, PDF pages, whether it is
 * scanned. Admins change it through {@link ValidationRuleRepository#update}: callers build the
 * requested rule with the public constructor (the accessors keep the names of the record this was).
 */
@Entity
@Table(name = "file_validation_rule")
public class ValidationRule {

    @Id
    @Column(name = "document_type")
    private String documentType;
    @Column(name = "allowed_mime_types", nullable = false, updatable = false)
    private String allowedMimeTypeList; // comma-separated
    @Column(name = "max_size_bytes", nullable = false, updatable = false)
    private long maxSizeBytes;
    @Column(name = "max_pdf_pages", updatable = false)
    private Integer maxPdfPages;
    @Column(name = "scan_required", nullable = false, updatable = false)
    private boolean scanRequired;
    @Column(name = "updated_at", insertable = false, updatable = false)
    private OffsetDateTime updatedAt;
    @Column(name = "updated_by", insertable = false, updatable = false)
    private String updatedBy;
    @Transient
    private Set<String> allowedMimeTypes;

    protected ValidationRule() {
    }

    public ValidationRule(String documentType, Set<String> allowedMimeTypes, long maxSizeBytes, Integer maxPdfPages,
            boolean scanRequired) {
        this.documentType = documentType;
        this.allowedMimeTypes = allowedMimeTypes;
        this.allowedMimeTypeList = allowedMimeTypes == null ? null : String.join(",", allowedMimeTypes);
        this.maxSizeBytes = maxSizeBytes;
        this.maxPdfPages = maxPdfPages;
        this.scanRequired = scanRequired;
    }

    @PostLoad
    void parseMimeTypes() {
        allowedMimeTypes = new LinkedHashSet<>(Arrays.asList(allowedMimeTypeList.split(",")));
    }

    public boolean allows(String mimeType) {
        return allowedMimeTypes.contains(mimeType);
    }

    public String documentType() {
        return documentType;
    }

    public Set<String> allowedMimeTypes() {
        return allowedMimeTypes;
    }

    public long maxSizeBytes() {
        return maxSizeBytes;
    }

    public Integer maxPdfPages() {
        return maxPdfPages;
    }

    public boolean scanRequired() {
        return scanRequired;
    }

    @Override
    public String toString() {
        return "ValidationRule[" + documentType + ", " + allowedMimeTypes + ", " + maxSizeBytes + ", " + maxPdfPages
                + ", " + scanRequired + "]";
    }
}
