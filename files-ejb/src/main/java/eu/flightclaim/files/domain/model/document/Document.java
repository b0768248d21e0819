package eu.flightclaim.files.domain.model.document;

import eu.flightclaim.files.domain.model.crypto.KeyEncryptionKeys;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A stored document: what it is, where its encrypted object lives, and the key to read it. */
public record Document(UUID id, UUID claimId, UUID ownerId, String documentType, String originalName,
        String contentType, long size, String sha256, Integer pdfPages, String storageKey, long storedBytes,
        KeyEncryptionKeys.WrappedKey wrappedKey, int segmentSize, String status, String scanResult, String uploadedBy,
        OffsetDateTime uploadedAt, OffsetDateTime deletedAt, String reviewDecision, String reviewReason) {

    public boolean deleted() {
        return deletedAt != null;
    }
}
