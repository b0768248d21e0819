package eu.flightclaim.api.claim;

import eu.flightclaim.api.ApiRoles;
import eu.flightclaim.api.Paging;
import eu.flightclaim.api.problem.ApiProblem;
import eu.flightclaim.api.problem.Problem;
import eu.flightclaim.api.problem.ProblemType;
import eu.flightclaim.claims.application.ClaimService;
import eu.flightclaim.claims.domain.model.identity.SecretTokens;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A customer's claims: submit, read, follow, withdraw. */
@Path("claims")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ApiRoles.CUSTOMER)
@SecurityRequirement(name = ApiRoles.BEARER)
@Tag(name = "claims")
@APIResponse(responseCode = "401", description = "No valid token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
@APIResponse(responseCode = "403", description = "Not a customer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
public class ClaimResource {

    private static final Jsonb JSON = JsonbBuilder.create();

    @EJB
    private ClaimService claims;
    @Inject
    private JsonWebToken caller;
    @Context
    private HttpServletRequest http;
    @Context
    private UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a claim", description = "With an Idempotency-Key, a retry within 24 hours returns the"
            + " same claim; the same key with another body is a 422.")
    @APIResponse(responseCode = "201", description = "Submitted (or the earlier identical submission)",
            content = @Content(schema = @Schema(ref = "Claim")))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "A claim for this passenger, flight and date exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "Neither regulation covers the journey (reasons), or a reused key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response submit(@Parameter(description = "Makes retries safe, up to 100 characters")
            @HeaderParam("Idempotency-Key") String idempotencyKey, ClaimDtos.ClaimRequest request) {
        if (request == null) {
            throw new ApiProblem(ProblemType.INVALID_INPUT, "A JSON body with the claim is required.");
        }
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 100)) {
            throw ApiProblem.invalid("Idempotency-Key", "must have 1 to 100 characters");
        }
        var eligibility = new eu.flightclaim.api.eligibility.EligibilityRequest();
        eligibility.legs = request.legs;
        eligibility.disruption = request.disruption;
        ClaimService.Submitted result = claims.submit(customer(), caller.getName(), http.getRemoteAddr(), idempotencyKey,
                SecretTokens.hash(JSON.toJson(request)), new ClaimService.Submission(eligibility.toQuery(),
                        JSON.toJson(request.legs), request.regime, request.passengers == null ? null
                        : request.passengers.stream().map(p -> p == null ? null
                                : new ClaimService.Passenger(p.firstName, p.lastName, p.bookingReference)).toList(),
                        request.contact == null ? null : request.contact.phone,
                        request.payout == null ? null : request.payout.iban,
                        request.payout == null ? null : request.payout.accountHolder,
                        request.consent == null ? null : request.consent.termsAccepted,
                        request.consent == null ? null : request.consent.assignmentAccepted,
                        request.consent == null ? null : request.consent.termsVersion));
        ClaimDtos.ClaimDto body = ClaimDtos.ClaimDto.of(result.claim());
        return Response.created(uriInfo.getBaseUriBuilder().path("claims/{id}").build(body.id)).entity(body)
                .header("Idempotent-Replayed", Boolean.toString(result.replayed())).build();
    }

    @GET
    @Operation(summary = "The caller's claims, newest first")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "ClaimPage")))
    public ClaimDtos.ClaimPageDto list(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20")) @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        return ClaimDtos.ClaimPageDto.of(claims.list(customer(), paging.page(), paging.size()));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of the caller's claims (someone else's is a 404)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "Claim")))
    @APIResponse(responseCode = "404", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public ClaimDtos.ClaimDto get(@PathParam("id") String id) {
        return ClaimDtos.ClaimDto.of(claims.view(customer(), claimId(id)));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "What happened to the claim")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, ref = "ClaimEvent")))
    public List<ClaimDtos.EventDto> history(@PathParam("id") String id) {
        return claims.history(customer(), claimId(id)).stream().map(ClaimDtos.EventDto::of).toList();
    }

    @POST
    @Path("{id}/withdraw")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Take the claim back, before a decision")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "Claim")))
    @APIResponse(responseCode = "409", description = "Already decided, or changed meanwhile",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public ClaimDtos.ClaimDto withdraw(@PathParam("id") String id,
            @RequestBody(content = @Content(schema = @Schema(ref = "WithdrawRequest"))) String body) {
        // the body is optional: read it ourselves, since a JSON reader refuses an empty one
        ClaimDtos.WithdrawRequest request = body == null || body.isBlank() ? null
                : JSON.fromJson(body, ClaimDtos.WithdrawRequest.class);
        return ClaimDtos.ClaimDto.of(claims.withdraw(customer(), caller.getName(), claimId(id),
                request == null ? null : request.reason));
    }

    private UUID customer() {
        try {
            return UUID.fromString(caller.getSubject());
        } catch (RuntimeException e) {
            throw new ApiProblem(ProblemType.FORBIDDEN, "Claims belong to customer sign-ins.");
        }
    }

    private static UUID claimId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(ProblemType.NOT_FOUND, "No claim " + id + ".");
        }
    }
}
