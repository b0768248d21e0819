package eu.flightclaim.files.domain.model.document;

import java.util.UUID;

/** clamd found malware in a document (fired in the transaction that rejects it). */
public record DocumentScanned(UUID documentId, UUID claimId, String documentType, String fileName, String signature) {
}
