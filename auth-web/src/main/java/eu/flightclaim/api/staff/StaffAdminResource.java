package eu.flightclaim.api.staff;

import eu.flightclaim.api.ApiRoles;
import eu.flightclaim.api.Paging;
import eu.flightclaim.api.problem.ApiProblem;
import eu.flightclaim.claims.application.audit.AuditLog;
import eu.flightclaim.claims.application.identity.StaffManagement;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff accounts and the audit log, for superadmins. */
@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ApiRoles.SUPERADMIN)
@SecurityRequirement(name = ApiRoles.BEARER)
@Tag(name = "admin-staff")
public class StaffAdminResource {

    @EJB
    private StaffManagement staff;
    @EJB
    private AuditLog audit;
    @Inject
    private JsonWebToken caller;
    @Context
    private UriInfo uriInfo;

    @GET
    @Path("staff")
    @Operation(operationId = "listStaff", summary = "Every staff account",
            description = "Lists every staff account with its roles, enabled and two-factor state and lock-out. For"
                    + " superadmin only; changes nothing.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, ref = "Staff")))
    public List<StaffDtos.StaffDto> list() {
        return staff.list().stream().map(StaffDtos.StaffDto::of).toList();
    }

    @POST
    @Path("staff")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invite a member of staff: the account is made and a link to choose a password is emailed",
            description = "Creates a staff account with the given roles, emails it a link to choose a password and"
                    + " writes an audit entry. For superadmin only. 400 names email, displayName (1 to 200"
                    + " characters) or roles (at least one of reviewer, admin, superadmin); 409 when the address"
                    + " already has an account.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(ref = "Staff")))
    @APIResponse(responseCode = "409", description = "The address has an account")
    public Response invite(StaffDtos.InviteRequest request) {
        if (request == null) {
            throw ApiProblem.invalid("email", "is required");
        }
        StaffDtos.StaffDto created = StaffDtos.StaffDto.of(staff.invite(caller.getName(), request.email,
                request.displayName, StaffManagement.roles(request.roles)));
        return Response.created(uriInfo.getBaseUriBuilder().path("admin/staff/{id}").build(created.id))
                .entity(created).build();
    }

    @GET
    @Path("staff/{id}")
    @Operation(operationId = "getStaff", summary = "One staff account",
            description = "Returns one staff account. For superadmin only; changes nothing. 404 when no account has"
                    + " this id.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "Staff")))
    public StaffDtos.StaffDto get(@PathParam("id") long id) {
        return StaffDtos.StaffDto.of(staff.get(id));
    }

    @PUT
    @Path("staff/{id}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the roles; the account's sessions end (their tokens carry the old roles)",
            description = "Replaces the account's roles, ends all its sessions so that new tokens carry the new"
                    + " roles, and writes an audit entry. For superadmin only. 400 when roles is empty or names an"
                    + " unknown role; 404 for an unknown account; 409 when it would leave no enabled superadmin.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "Staff")))
    @APIResponse(responseCode = "409", description = "It would leave no enabled superadmin")
    public StaffDtos.StaffDto roles(@PathParam("id") long id, StaffDtos.RolesRequest request) {
        return StaffDtos.StaffDto.of(staff.changeRoles(caller.getName(), id,
                StaffManagement.roles(request == null ? null : request.roles)));
    }

    @POST
    @Path("staff/{id}/disable")
    @Operation(summary = "Disable the account and end its sessions",
            description = "Disables the account so that it cannot sign in, ends all its sessions and writes an audit"
                    + " entry. For superadmin only. 404 for an unknown account; 409 when it is the last enabled"
                    + " superadmin.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "Staff")))
    @APIResponse(responseCode = "409", description = "The last enabled superadmin")
    public StaffDtos.StaffDto disable(@PathParam("id") long id) {
        return StaffDtos.StaffDto.of(staff.setEnabled(caller.getName(), id, false));
    }

    @POST
    @Path("staff/{id}/enable")
    @Operation(summary = "Enable the account again",
            description = "Enables a disabled account so that it can sign in again, and writes an audit entry. For"
                    + " superadmin only. 404 for an unknown account.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "Staff")))
    public StaffDtos.StaffDto enable(@PathParam("id") long id) {
        return StaffDtos.StaffDto.of(staff.setEnabled(caller.getName(), id, true));
    }

    @DELETE
    @Path("staff/{id}/totp")
    @Operation(summary = "Reset two-factor sign-in (a lost authenticator); the member sets it up again",
            description = "Turns two-factor sign-in off for the account and deletes its recovery codes, so the member"
                    + " sets it up again; writes an audit entry. For superadmin only. 404 for an unknown account.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "Staff")))
    public StaffDtos.StaffDto resetTotp(@PathParam("id") long id) {
        return StaffDtos.StaffDto.of(staff.resetTotp(caller.getName(), id));
    }

    @GET
    @Path("audit")
    @Operation(summary = "The audit log, newest first, filtered by actor, target and time",
            description = "Lists audit entries (who did what to which target, with before and after), newest first;"
                    + " actor and target match exactly, ignoring case. For superadmin only; changes nothing. 400"
                    + " names from or to when not an ISO-8601 time with offset, or page or size when out of range.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "AuditPage")))
    public StaffDtos.AuditPageDto audit(@QueryParam("actor") String actor, @QueryParam("target") String target,
            @Parameter(description = "ISO-8601 with offset, inclusive") @QueryParam("from") String from,
            @Parameter(description = "ISO-8601 with offset, exclusive") @QueryParam("to") String to,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20")) @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        return StaffDtos.AuditPageDto.of(audit.find(actor, target, time("from", from), time("to", to), paging.page(),
                paging.size()));
    }

    private static OffsetDateTime time(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid(field, "'" + value + "' is not a time like 2026-11-21T10:00:00Z");
        }
    }
}
