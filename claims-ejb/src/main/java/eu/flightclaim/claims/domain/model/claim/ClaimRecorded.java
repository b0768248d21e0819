package eu.flightclaim.claims.domain.model.claim;

import java.time.OffsetDateTime;

/** A history entry as its claim is stored, with what is counted of the claim beside it (its regime, when it came). */
public record ClaimRecorded(String regime, OffsetDateTime submittedAt, ClaimEvent entry) {
}
