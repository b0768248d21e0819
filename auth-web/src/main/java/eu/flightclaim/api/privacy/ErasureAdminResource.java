package eu.flightclaim.api.privacy;

import eu.flightclaim.api.PathIds;
import eu.flightclaim.api.ApiRoles;
import eu.flightclaim.api.Paging;
import eu.flightclaim.claims.application.privacy.DataErasure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Customers' erasure requests for staff to decide (the console's Data rights page does the same). */
@Path("admin/erasure-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ApiRoles.ADMIN, ApiRoles.SUPERADMIN})
@SecurityRequirement(name = ApiRoles.BEARER)
@Tag(name = "admin-privacy")
public class ErasureAdminResource {

    @EJB
    private DataErasure erasure;
    @Inject
    private JsonWebToken caller;

    @GET
    @Operation(operationId = "listErasureRequests", summary = "Erasure requests, waiting ones first",
            description = "Customers' requests to erase their data: waiting ones first (oldest first), then decided"
                    + " ones (newest first). For admin and superadmin; changes nothing. 400 when page or size is out"
                    + " of range.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "ErasureRequestPage")))
    public ErasureRequestPageDto list(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20")) @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        return ErasureRequestPageDto.of(erasure.list(paging.page(), paging.size()));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getErasureRequest", summary = "One erasure request",
            description = "For admin and superadmin; changes nothing. 404 when no request has this id.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "ErasureRequest")))
    public ErasureRequestDto get(@PathParam("id") String id) {
        return ErasureRequestDto.forStaff(erasure.find(id(id)));
    }

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decideErasureRequest", summary = "Carry out or refuse an erasure request",
            description = "carry-out: the customer's undecided claims are withdrawn; each claim is restricted (hidden"
                    + " from everyday work, kept only for legal claims, GDPR Art. 17(3)(e)) until its limitation"
                    + " deadline plus FC_RETENTION_DAYS_AFTER_DEADLINE, and claims past that are anonymised at once;"
                    + " sessions, sign-in links, the account's address and the emails sent to it are erased now."
                    + " refuse: nothing changes; note (required) tells the customer why. Both are in the audit log."
                    + " For admin and superadmin. 400 for a bad decision or note, 404 for an unknown request, 409"
                    + " when it was decided already.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "ErasureRequest")))
    @APIResponse(responseCode = "409", description = "Decided already")
    public ErasureRequestDto decide(@PathParam("id") String id, @NotNull @Valid ErasureDecision decision) {
        UUID request = id(id);
        if ("carry-out".equals(decision.decision)) {
            erasure.carryOut(request, caller.getName(), decision.note);
        } else {
            erasure.refuse(request, caller.getName(), decision.note);
        }
        return ErasureRequestDto.forStaff(erasure.find(request));
    }

    private static UUID id(String id) {
        return PathIds.uuid(id, "erasure request");
    }
}
