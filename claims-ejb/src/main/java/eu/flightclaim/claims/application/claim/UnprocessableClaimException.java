package eu.flightclaim.claims.application.claim;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A well-formed claim the regulations do not cover (not applicable under any regime), with the reasons. */
@ApplicationException(rollback = true)
public class UnprocessableClaimException extends RuntimeException {

    private final List<String> reasons;

    public UnprocessableClaimException(String message, List<String> reasons) {
        super(message, null, false, false);
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
