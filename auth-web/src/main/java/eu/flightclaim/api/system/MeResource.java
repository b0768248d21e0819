package eu.flightclaim.api.system;

import eu.flightclaim.api.ApiRoles;
import eu.flightclaim.api.problem.ApiProblem;
import eu.flightclaim.api.problem.ProblemType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "system")
public class MeResource {

    @Inject
    private JsonWebToken jwt;

    @GET
    @Operation(summary = "The caller's subject and groups, from the bearer token",
            description = "Returns the subject, name and groups (roles) of the bearer token the request carries;"
                    + " changes nothing. Any valid token, customer or staff. 401 without a valid token.")
    @SecurityRequirement(name = ApiRoles.BEARER)
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "Me")))
    public MeDto me() {
        // MP-JWT rejects a bad token before we run; no token at all leaves an empty one
        if (jwt == null || jwt.getSubject() == null) {
            throw new ApiProblem(ProblemType.UNAUTHORIZED, "A valid bearer token is required.");
        }
        MeDto dto = new MeDto();
        dto.subject = jwt.getSubject();
        dto.name = jwt.getName();
        dto.groups = jwt.getGroups() == null ? List.of() : jwt.getGroups().stream().sorted().toList();
        return dto;
    }
}
