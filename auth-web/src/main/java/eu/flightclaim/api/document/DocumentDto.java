package eu.flightclaim.api.document;

import eu.flightclaim.files.domain.model.document.Document;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A document as the API shows it (never its key or where it is stored). */
@Schema(name = "Document")
public class DocumentDto {
    @Schema(type = SchemaType.STRING, format = "uuid")
    public UUID id;
    @Schema(type = SchemaType.STRING, format = "uuid")
    public UUID claimId;
    @Schema(example = "boarding_pass")
    public String type;
    @Schema(description = "The uploaded file's name, sanitised, for display", example = "boarding-pass.pdf")
    public String fileName;
    @Schema(description = "Detected from the content", example = "application/pdf")
    public String contentType;
    @Schema(example = "48213")
    public long size;
    @Schema(description = "SHA-256 of the content, hex")
    public String sha256;
    public Integer pdfPages;
    @Schema(example = "uploaded", enumeration = {"uploaded", "scanning", "validated", "rejected"})
    public String status;
    @Schema(description = "not_scanned, clean, or the signature found", example = "not_scanned")
    public String scan;
    @Schema(description = "Staff review: approved or rejected; null before", example = "approved")
    public String review;
    @Schema(description = "Why it was rejected")
    public String reviewReason;
    @Schema(type = SchemaType.STRING, format = "date-time")
    public OffsetDateTime uploadedAt;
    @Schema(type = SchemaType.STRING, format = "date-time", description = "Set when deleted (staff see deleted documents)")
    public OffsetDateTime deletedAt;

    static DocumentDto of(Document d) {
        DocumentDto dto = new DocumentDto();
        dto.id = d.id();
        dto.claimId = d.claimId();
        dto.type = d.documentType();
        dto.fileName = d.originalName();
        dto.contentType = d.contentType();
        dto.size = d.size();
        dto.sha256 = d.sha256();
        dto.pdfPages = d.pdfPages();
        dto.status = d.status().toLowerCase(java.util.Locale.ROOT);
        dto.scan = d.scanResult() == null ? null : d.scanResult().toLowerCase(java.util.Locale.ROOT);
        dto.review = d.reviewDecision() == null ? null : d.reviewDecision().toLowerCase(java.util.Locale.ROOT);
        dto.reviewReason = d.reviewReason();
        dto.uploadedAt = d.uploadedAt();
        dto.deletedAt = d.deletedAt();
        return dto;
    }
}
