package eu.flightclaim.api.document;

import eu.flightclaim.files.domain.model.document.Document;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A document as the API shows it (never its key or where it is stored). */
@Schema(name = "Document")
public class DocumentDto {
    @Schema(type = SchemaType.STRING, format = "uuid", description = "The document's id, for the documents/{id}"
            + " operations", example = "3f2b8c1e-5d4a-4b7e-9c61-2a0e5f8d7b10")
    public UUID id;
    @Schema(type = SchemaType.STRING, format = "uuid", description = "The id of the claim it belongs to",
            example = "9a4e7c2d-1b3f-4e8a-b5c6-0d2f8e1a7c43")
    public UUID claimId;
    @Schema(description = "The document type it was uploaded as, which sets its upload rule: boarding_pass,"
            + " id_document, booking_confirmation, receipt, bank_statement, delay_certificate, cancellation_notice,"
            + " power_of_attorney or other", example = "boarding_pass")
    public String type;
    @Schema(description = "The uploaded file's name, sanitised (no folders, at most 200 characters), for display;"
            + " the type with an extension, such as boarding_pass.pdf, when the upload named none",
            example = "boarding-pass.pdf")
    public String fileName;
    @Schema(description = "The content type, detected from the content (not taken from the upload)",
            example = "application/pdf")
    public String contentType;
    @Schema(type = SchemaType.INTEGER, format = "int64", description = "Size of the content in bytes",
            example = "48213")
    public long size;
    @Schema(description = "SHA-256 of the content, 64 lower-case hex digits; the same file uploaded to the same"
            + " claim again is the same document",
            example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
    public String sha256;
    @Schema(description = "Number of pages, for a PDF; absent for other content types", example = "2")
    public Integer pdfPages;
    @Schema(description = "uploaded: stored, not virus-scanned (its type needs no scan, or no scanner is set up);"
            + " scanning: waiting for the virus scan, not downloadable yet; validated: scanned clean; rejected: the"
            + " scan found malware, kept in quarantine", example = "uploaded",
            enumeration = {"uploaded", "scanning", "validated", "rejected"})
    public String status;
    @Schema(description = "The virus scan's result, lower case: not_scanned, clean, or the signature found; absent"
            + " while the scan is pending", example = "not_scanned")
    public String scan;
    @Schema(description = "Staff review: approved or rejected; absent before a decision", example = "approved",
            enumeration = {"approved", "rejected"})
    public String review;
    @Schema(description = "The reviewer's reason, told to the customer for a rejection; absent when none was given",
            example = "The photo is too blurred to read the flight number.")
    public String reviewReason;
    @Schema(type = SchemaType.STRING, format = "date-time", description = "When it was uploaded",
            example = "2026-11-30T09:15:00Z")
    public OffsetDateTime uploadedAt;
    @Schema(type = SchemaType.STRING, format = "date-time", description = "When it was deleted; absent unless"
            + " deleted (lists show deleted documents to staff only)", example = "2026-12-01T18:40:00Z")
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
