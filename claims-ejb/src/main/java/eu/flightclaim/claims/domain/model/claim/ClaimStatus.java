package eu.flightclaim.claims.domain.model.claim;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Where a claim is in its life (DESIGN.md, "Claim"). */
public enum ClaimStatus {
    SUBMITTED, UNDER_REVIEW, DOCUMENTS_REQUESTED, RESUBMITTED, APPROVED, REJECTED, PAID, WITHDRAWN;

    /** The name the API uses: {@code documents_requested}. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status an API name ({@code documents_requested}, any case) names, if any. */
    public static Optional<ClaimStatus> fromApiName(String name) {
        String n = name == null ? "" : name.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.name().equals(n)).findFirst();
    }

    /** Every API name, for messages that say what is expected. */
    public static List<String> apiNames() {
        return Arrays.stream(values()).map(ClaimStatus::apiName).toList();
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
