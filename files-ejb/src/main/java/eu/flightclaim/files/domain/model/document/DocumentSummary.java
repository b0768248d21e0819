package eu.flightclaim.files.domain.model.document;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What a page shows of a document: what it is, its state and its review, without where and how its
 * content is stored (the storage key and the wrapped data key stay with the entity). The console keeps
 * it in view state, which a deployment group copies to the data grid.
 */
public record DocumentSummary(UUID id, UUID claimId, String documentType, String originalName, String contentType,
        long size, Integer pdfPages, String status, String scanResult, String uploadedBy, OffsetDateTime uploadedAt,
        OffsetDateTime deletedAt, String reviewDecision, String reviewReason) implements Serializable {

    public boolean deleted() {
        return deletedAt != null;
    }
}
