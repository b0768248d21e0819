package eu.flightclaim.claims.domain.model.claim;

import java.util.Locale;

/** Where a claim is in its life (DESIGN.md, "Claim"). */
public enum ClaimStatus {
    SUBMITTED, UNDER_REVIEW, DOCUMENTS_REQUESTED, RESUBMITTED, APPROVED, REJECTED, PAID, WITHDRAWN;

    /** The name the API uses: {@code documents_requested}. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** No transition leaves it. */
    public boolean isFinal() {
        return this == REJECTED || this == PAID || this == WITHDRAWN;
    }

    /** Staff have decided (approved, rejected, paid): the customer can no longer withdraw. */
    public boolean isDecided() {
        return this == APPROVED || this == REJECTED || this == PAID;
    }
}
