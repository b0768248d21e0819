package eu.flightclaim.claims.application.claim;

import java.util.UUID;

/**
 * Idempotency-Keys of claim submissions: the same key and body within 24 hours give the same claim.
 * Implemented on the database ({@code infrastructure.persistence.SqlIdempotencyKeys}) so that
 * concurrent requests on any instance see each other.
 */
public interface IdempotencyKeys {

    /**
     * Reserves {@code key} for the claim about to be written, first thing in the transaction (the row
     * points at the claim; its foreign key is checked at commit). A concurrent request with the same
     * key waits on the row until the first ends, then sees its outcome: the committed claim (returned
     * if the body is the same; a 422 if not), or, if it rolled back, the key free again. A wait longer
     * than a few seconds is a 409 to retry. Null when the key is now {@code claim}'s.
     */
    UUID reserve(UUID customer, String key, String requestHash, UUID claim);
}
