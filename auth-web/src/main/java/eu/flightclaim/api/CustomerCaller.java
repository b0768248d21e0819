package eu.flightclaim.api;

import eu.flightclaim.api.problem.ApiProblem;
import eu.flightclaim.api.problem.ProblemType;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The customer a token was issued to: a customer's subject is their id; anyone else is refused. */
public final class CustomerCaller {

    private CustomerCaller() {
    }

    /** The customer's id, or a 403 saying {@code refusal} (what the endpoint is for) to a staff token. */
    public static UUID of(JsonWebToken caller, String refusal) {
        try {
            return UUID.fromString(caller.getSubject());
        } catch (RuntimeException e) {
            throw new ApiProblem(ProblemType.FORBIDDEN, refusal);
        }
    }
}
