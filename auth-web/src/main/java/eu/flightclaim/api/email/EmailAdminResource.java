package eu.flightclaim.api.email;

import eu.flightclaim.api.ApiRoles;
import eu.flightclaim.api.Paging;
import eu.flightclaim.api.problem.ApiProblem;
import eu.flightclaim.api.problem.ProblemType;
import eu.flightclaim.claims.application.notification.EmailOutbox;
import eu.flightclaim.claims.domain.model.notification.EmailStatus;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Locale;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The email outbox for staff: list, read, resend, and a test email through the whole pipeline. */
@Path("admin/emails")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ApiRoles.ADMIN, ApiRoles.SUPERADMIN})
@SecurityRequirement(name = ApiRoles.BEARER)
@Tag(name = "admin-emails")
public class EmailAdminResource {

    @EJB
    private EmailOutbox outbox;
    @Inject
    private JsonWebToken caller;
    @Context
    private UriInfo uriInfo;

    @GET
    @Operation(operationId = "listEmails", summary = "List outbox emails, newest first",
            description = "Lists outbox emails, newest first, optionally by status and recipient prefix. For admin"
                    + " and superadmin; changes nothing. 400 names an unknown status, or page or size when out of"
                    + " range.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "EmailPage")))
    @APIResponse(responseCode = "400", description = "Unknown status or bad paging")
    public EmailPageDto list(
            @Parameter(description = "PENDING, SENDING, SENT or FAILED") @QueryParam("status") String status,
            @Parameter(description = "Recipient prefix") @QueryParam("recipient") String recipient,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20")) @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        return EmailPageDto.of(outbox.list(status(status), recipient, paging.page(), paging.size()));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getEmail", summary = "One email with its rendered bodies",
            description = "Returns one outbox email with its status and rendered bodies. For admin and superadmin;"
                    + " changes nothing. 404 when no email has this id.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "Email")))
    public EmailDto get(@PathParam("id") long id) {
        return outbox.find(id).map(EmailDto::full)
                .orElseThrow(() -> new ApiProblem(ProblemType.NOT_FOUND, "No email " + id + "."));
    }

    @POST
    @Path("{id}/resend")
    @Operation(summary = "Queue an email again with fresh attempts",
            description = "Puts the email back in the queue with fresh attempts, so it is sent again. For admin and"
                    + " superadmin. 404 for an unknown email; 409 while it is being sent, or when it carried a"
                    + " one-time link (sign-in, invitation, password reset), which is not kept.")
    @APIResponse(responseCode = "202", description = "Queued", content = @Content(schema = @Schema(ref = "Email")))
    @APIResponse(responseCode = "409", description = "Being sent right now")
    public Response resend(@PathParam("id") long id) {
        return Response.accepted(EmailDto.summary(outbox.resend(id))).build();
    }

    @POST
    @Path("test")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a test email through the whole pipeline",
            description = "Queues a test email to the given address through the whole pipeline (template, outbox,"
                    + " SMTP) and returns it as queued. For admin and superadmin. 400 when to is not a valid email"
                    + " address.")
    @APIResponse(responseCode = "201", description = "Queued", content = @Content(schema = @Schema(ref = "Email")))
    @APIResponse(responseCode = "400", description = "Not a valid address")
    public Response sendTest(@NotNull @Valid TestEmailRequest request) {
        long id = outbox.sendTestEmail(request.to, caller.getName());
        return Response.created(uriInfo.getBaseUriBuilder().path("admin/emails/{id}").build(id))
                .entity(EmailDto.summary(outbox.find(id).orElseThrow())).build();
    }

    private static EmailStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return EmailStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("status", "must be one of " + Arrays.toString(EmailStatus.values()));
        }
    }
}
