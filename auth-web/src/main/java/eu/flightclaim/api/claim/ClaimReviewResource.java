package eu.flightclaim.api.claim;

import eu.flightclaim.api.account.PersonalDataDownload;
import eu.flightclaim.claims.application.privacy.PersonalDataExport;
import eu.flightclaim.claims.application.claim.ClaimFilter;
import eu.flightclaim.api.input.JsonBodyCheck;
import eu.flightclaim.api.ApiRoles;
import eu.flightclaim.api.Paging;
import eu.flightclaim.api.problem.ApiProblem;
import eu.flightclaim.claims.application.claim.ClaimFilterParams;
import eu.flightclaim.claims.application.claim.ClaimReviewService;
import eu.flightclaim.claims.application.identity.StaffAccountService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Claims for staff: the list with filters, one claim with everything, and the changes reviewers
 * make. Changes take the claim's version as If-Match (optimistic locking: 409 when it moved on).
 */
@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ApiRoles.REVIEWER, ApiRoles.ADMIN, ApiRoles.SUPERADMIN})
@SecurityRequirement(name = ApiRoles.BEARER)
@Tag(name = "admin-claims")
public class ClaimReviewResource {

    @EJB
    private ClaimReviewService review;
    @EJB
    private StaffAccountService staff;
    @Inject
    private JsonWebToken caller;
    @EJB
    private PersonalDataExport export;
    @jakarta.ws.rs.core.Context
    private jakarta.servlet.http.HttpServletRequest http;

    @GET
    @Path("claims")
    @Operation(operationId = "searchClaims", summary = "Claims with filters, free-text search, sorting and paging",
            description = "Lists the claims that match the filters (status, assignee, regime, airline, creation"
                    + " dates, flagged, deadline, free text), sorted and paged. For reviewer, admin and superadmin;"
                    + " changes nothing. 400 names the filter, sort, page or size at fault.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "ClaimSummaryPage")))
    @APIResponse(responseCode = "400", description = "A filter is invalid (named)")
    public ClaimReviewDtos.SummaryPageDto search(
            @Parameter(description = "One or more statuses, comma-separated", example = "submitted,resubmitted")
            @QueryParam("status") String status,
            @Parameter(description = "A staff id, 'me', or 'none' for unassigned claims") @QueryParam("assignee") String assignee,
            @Parameter(schema = @Schema(enumeration = {"EU261", "UK261"})) @QueryParam("regime") String regime,
            @Parameter(description = "IATA code of the operating airline", example = "LH") @QueryParam("airline") String airline,
            @Parameter(description = "Created on or after this day", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("createdFrom") String createdFrom,
            @Parameter(description = "Created on or before this day", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("createdTo") String createdTo,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("flagged") String flagged,
            @Parameter(description = "Undecided claims whose limitation deadline is within this many days",
                    schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("deadlineWithinDays") String deadlineWithinDays,
            @Parameter(description = "Reference, customer email or name, flight number or booking reference")
            @QueryParam("q") String q,
            @Parameter(description = "createdAt, updatedAt, deadline, reference, status, amount, flightDate; '-' in front"
                    + " for descending", schema = @Schema(defaultValue = "-createdAt")) @QueryParam("sort") String sort,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20")) @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        ClaimFilter filter = new ClaimFilterParams(status, assignee, regime, airline, createdFrom, createdTo,
                flagged, deadlineWithinDays, q, sort).toFilter(() -> staff.idOf(caller.getName()));
        return ClaimReviewDtos.SummaryPageDto.of(review.search(filter, paging.page(), paging.size()));
    }

    @GET
    @Path("claims/{id}/customer-data-export")
    @Produces("application/zip")
    @RolesAllowed({ApiRoles.ADMIN, ApiRoles.SUPERADMIN})
    @Operation(operationId = "exportCustomerData", summary = "Everything held about the customer of a claim, to hand"
            + " them on their request", description = "The same zip the customer downloads themselves"
            + " (GET /api/v1/account/data-export): the account, devices, every claim of theirs with its documents."
            + " Recorded in the audit log (customer.data-exported) before it starts. For admin and superadmin.")
    @APIResponse(responseCode = "200", description = "The zip", content = @Content(mediaType = "application/zip",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportCustomerData(@PathParam("id") String id) {
        UUID customer = export.customerOf(ClaimResource.claimId(id)); // a 404 before anything is sent
        String actor = caller.getName();
        String ip = http.getRemoteAddr();
        String userAgent = http.getHeader("User-Agent");
        return PersonalDataDownload.of(out -> export.writeFor(customer, actor, ip, userAgent, out));
    }

    @GET
    @Path("claims/{id}")
    @Operation(operationId = "getClaimReview", summary = "Everything about a claim: history, notes, messages, document"
            + " requests, the engine's explanation", description = "The ETag is the claim's version, for If-Match."
            + " For reviewer, admin and superadmin.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "ClaimReview")))
    public Response get(@PathParam("id") String id) {
        return reviewed(review.review(ClaimResource.claimId(id)));
    }

    @POST
    @Path("claims/{id}/assign")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(operationId = "assignClaim", summary = "Assign the claim to a reviewer (yourself without a body)",
            description = "Assigns the claim to the caller (no body), to staffId, or to nobody (unassign: true),"
                    + " recorded in the claim's internal history; no email is sent. For reviewer, admin and"
                    + " superadmin. 400 when staffId is not an enabled staff account; 404 for an unknown claim; 409"
                    + " when If-Match names an older version.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "ClaimReview")))
    @APIResponse(responseCode = "409", description = "The claim changed meanwhile (If-Match)")
    public Response assign(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(ref = "AssignRequest"))) String body) {
        ClaimReviewDtos.AssignRequest request = JsonBodyCheck.readOptional(body, ClaimReviewDtos.AssignRequest.class);
        Long target;
        if (request != null && Boolean.TRUE.equals(request.unassign)) {
            target = null;
        } else if (request != null && request.staffId != null) {
            target = request.staffId;
        } else {
            target = staff.idOf(caller.getName());
        }
        return reviewed(review.assign(caller.getName(), ClaimResource.claimId(id), ClaimVersions.ifMatch(ifMatch), target));
    }

    @POST
    @Path("claims/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "transitionClaim", summary = "Move the claim in the workflow; the customer is emailed",
            description = "A move the workflow does not allow is a 409 whose 'allowed' lists the moves that are."
                    + " For reviewer, admin and superadmin.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "ClaimReview")))
    @APIResponse(responseCode = "400", description = "Unknown status, reason too long")
    @APIResponse(responseCode = "409", description = "Not allowed from the current status (allowed targets listed),"
            + " a reason is missing, no amount to approve, or changed meanwhile")
    public Response transition(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(required = true, content = @Content(
                    schema = @Schema(ref = "TransitionRequest"), examples = {
                            @ExampleObject(name = "approve", value = "{\"to\": \"approved\"}"),
                            @ExampleObject(name = "reject", value = "{\"to\": \"rejected\", \"reason\": \"The flight"
                                    + " was cancelled 20 days before departure (Art. 5(1)(c)(i)).\"}")}))
            ClaimReviewDtos.TransitionRequest request) {
        if (request == null || request.to == null) {
            throw ApiProblem.invalid("to", "is required");
        }
        return reviewed(review.transition(caller.getName(), ClaimResource.claimId(id), ClaimVersions.ifMatch(ifMatch),
                request.to, request.reason));
    }

    @PUT
    @Path("claims/{id}/compensation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "overrideCompensation", summary = "Set the amount due instead of the engine's, with the"
            + " reason (the engine's stays beside it)",
            description = "Sets the amount due in place of the engine's, which stays beside it, and records amount"
                    + " and reason in the claim's internal history; no email is sent. For reviewer, admin and"
                    + " superadmin. 400 names amount (0 to 99999.99, two decimals), currency (ISO 4217) or reason"
                    + " (required, up to 2000 characters); 404 for an unknown claim; 409 when the claim is paid,"
                    + " rejected or withdrawn, or If-Match names an older version.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "ClaimReview")))
    @APIResponse(responseCode = "409", description = "Paid, rejected or withdrawn, or changed meanwhile")
    public Response overrideCompensation(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            ClaimReviewDtos.OverrideRequest request) {
        if (request == null) {
            throw ApiProblem.invalid("amount", "is required");
        }
        return reviewed(review.overrideCompensation(caller.getName(), ClaimResource.claimId(id),
                ClaimVersions.ifMatch(ifMatch), request.amount, request.currency, request.reason));
    }

    @POST
    @Path("claims/{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addClaimNote", summary = "An internal note: staff only, never shown to the customer",
            description = "Adds an internal note to the claim, seen by staff only, never by the customer; no email is"
                    + " sent. For reviewer, admin and superadmin. 400 when body is missing or over 5000 characters;"
                    + " 404 for an unknown claim.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(ref = "ClaimMessage")))
    public Response note(@PathParam("id") String id, ClaimDtos.MessageRequest request) {
        return created(review.note(caller.getName(), ClaimResource.claimId(id), request == null ? null : request.body));
    }

    @POST
    @Path("claims/{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "messageCustomer", summary = "Write to the customer: in the claim's thread and by email",
            description = "Adds a message to the claim's thread, where the customer sees it, and emails it to the"
                    + " customer. For reviewer, admin and superadmin. 400 when body is missing or over 5000"
                    + " characters; 404 for an unknown claim.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(ref = "ClaimMessage")))
    public Response message(@PathParam("id") String id, ClaimDtos.MessageRequest request) {
        return created(review.message(caller.getName(), ClaimResource.claimId(id), request == null ? null : request.body,
                request == null ? null : request.document()));
    }

    @POST
    @Path("claims/{id}/document-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestDocuments", summary = "Ask the customer for a document: the claim goes to"
            + " documents_requested and the customer is emailed",
            description = "Records the request with its message, moves the claim to documents_requested (or adds the"
                    + " request if already there) and emails the customer; reminders follow by batch job. For"
                    + " reviewer, admin and superadmin. 400 names documentType (unknown) or message (missing or over"
                    + " 2000 characters); 404 for an unknown claim; 409 when the current status does not allow it"
                    + " (allowed targets listed) or If-Match names an older version.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "ClaimReview")))
    @APIResponse(responseCode = "400", description = "Unknown document type, no message")
    @APIResponse(responseCode = "409", description = "Not from the current status (allowed targets listed), or changed"
            + " meanwhile")
    public Response requestDocuments(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            ClaimReviewDtos.DocumentRequestRequest request) {
        if (request == null) {
            throw ApiProblem.invalid("documentType", "is required");
        }
        return reviewed(review.requestDocuments(caller.getName(), ClaimResource.claimId(id),
                ClaimVersions.ifMatch(ifMatch), request.documentType, request.message));
    }

    @GET
    @Path("stats")
    @Operation(operationId = "getClaimStats", summary = "Counts by status, amounts by currency, claims near their"
            + " deadline, median time to a decision",
            description = "Returns, over all claims, the counts by status, amounts by currency, the claims near their"
                    + " limitation deadline and the median time to a decision. For reviewer, admin and superadmin;"
                    + " changes nothing.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "ClaimStats")))
    public ClaimReviewDtos.StatsDto stats() {
        return ClaimReviewDtos.StatsDto.of(review.stats());
    }

    private static Response reviewed(ClaimReviewService.Review r) {
        return Response.ok(ClaimReviewDtos.ReviewDto.of(r)).tag(ClaimVersions.etag(r.claim().version())).build();
    }

    private static Response created(eu.flightclaim.claims.application.claim.ClaimService.Message m) {
        return Response.status(Response.Status.CREATED).entity(ClaimDtos.MessageDto.of(m, true)).build();
    }
}
