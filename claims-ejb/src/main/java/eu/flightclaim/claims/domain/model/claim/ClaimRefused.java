package eu.flightclaim.claims.domain.model.claim;

import java.util.Set;

/**
 * A change the claim's rules do not allow in its current state; for a refused move, the statuses it
 * could go to instead (null otherwise).
 */
public class ClaimRefused extends RuntimeException {

    private final transient Set<ClaimStatus> allowed;

    public ClaimRefused(String message) {
        this(message, null);
    }

    public ClaimRefused(String message, Set<ClaimStatus> allowed) {
        super(message, null, false, false);
        this.allowed = allowed;
    }

    public Set<ClaimStatus> allowed() {
        return allowed;
    }
}
