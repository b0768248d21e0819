package eu.flightclaim.files.domain.model.document;

import java.util.UUID;

/** Staff decided on a document (fired synchronously, in the deciding transaction). */
public record DocumentReviewed(UUID documentId, UUID claimId, String documentType, String fileName, boolean approved,
        String reason, String reviewer) {
}
