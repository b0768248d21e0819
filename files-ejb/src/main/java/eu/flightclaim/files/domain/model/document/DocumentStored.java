package eu.flightclaim.files.domain.model.document;

import java.util.UUID;

/**
 * A new document is stored (fired asynchronously after the record is committed). This module
 * knows nothing of claims: claims-ejb observes it to answer document requests.
 */
public record DocumentStored(UUID documentId, UUID claimId, String documentType, String actor) {
}
