package eu.flightclaim.api.input;

import eu.flightclaim.api.problem.ApiProblem;
import eu.flightclaim.api.problem.Problem;
import eu.flightclaim.api.problem.ProblemType;
import eu.flightclaim.claims.domain.model.text.AcceptedText;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Query and path parameters are text like any other: each value (decoded) must be
 * {@link AcceptedText} on a single line, and at most 2,000 characters — a search term, an id, a
 * filter, never a document. Runs after authentication, so a caller without access learns nothing
 * from the parameters' checks.
 */
@Provider
@Priority(Priorities.USER)
public class ParameterCheck implements ContainerRequestFilter {

    static final int MAX_LENGTH = 2000;

    @Override
    public void filter(ContainerRequestContext request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        check(request.getUriInfo().getPathParameters(true), errors);
        check(request.getUriInfo().getQueryParameters(true), errors);
        if (!errors.isEmpty()) {
            throw new ApiProblem(ProblemType.INVALID_INPUT, errors.size() == 1 ? errors.get(0).field + ": "
                    + errors.get(0).message : errors.size() + " parameters are invalid.", errors);
        }
    }

    private static void check(MultivaluedMap<String, String> parameters, List<Problem.FieldError> errors) {
        for (Map.Entry<String, List<String>> p : parameters.entrySet()) {
            AcceptedText.refusal(p.getKey(), AcceptedText.Lines.SINGLE)
                    .ifPresent(why -> errors.add(new Problem.FieldError("parameter name", why)));
            for (String value : p.getValue()) {
                if (value != null && value.length() > MAX_LENGTH) {
                    errors.add(new Problem.FieldError(p.getKey(), "must have at most " + MAX_LENGTH + " characters"));
                } else {
                    AcceptedText.refusal(value, AcceptedText.Lines.SINGLE)
                            .ifPresent(why -> errors.add(new Problem.FieldError(p.getKey(), why)));
                }
            }
        }
    }
}
