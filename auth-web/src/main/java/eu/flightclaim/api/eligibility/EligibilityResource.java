package eu.flightclaim.api.eligibility;

import eu.flightclaim.api.problem.ApiProblem;
import eu.flightclaim.api.problem.ProblemType;
import eu.flightclaim.claims.application.claim.EligibilityService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public eligibility check: is compensation due, under which regime, how much, and why. */
@Path("eligibility")
@RequestScoped
@Tag(name = "eligibility")
public class EligibilityResource {

    @Inject
    private EligibilityService eligibility;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check a disrupted journey under EU261 and UK261",
            description = "Public, no authentication. Both regimes are always in the answer.")
    @APIResponse(responseCode = "200", description = "The assessment",
            content = @Content(schema = @Schema(ref = "EligibilityResponse")))
    @APIResponse(responseCode = "413", description = "Body over 64 KiB")
    public EligibilityResponse check(EligibilityRequest request) {
        if (request == null) {
            throw new ApiProblem(ProblemType.INVALID_INPUT, "A JSON body with legs and disruption is required.");
        }
        return EligibilityResponse.of(eligibility.check(request.toQuery()));
    }
}
