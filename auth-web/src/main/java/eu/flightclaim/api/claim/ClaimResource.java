package eu.flightclaim.api.claim;

import eu.flightclaim.api.PathIds;
import eu.flightclaim.api.CustomerCaller;
import eu.flightclaim.claims.domain.model.claim.Itinerary;
import eu.flightclaim.api.ApiRoles;
import eu.flightclaim.api.Paging;
import eu.flightclaim.api.input.JsonBodyCheck;
import eu.flightclaim.api.problem.ApiProblem;
import eu.flightclaim.api.problem.ProblemType;
import eu.flightclaim.api.document.DocumentCaller;
import eu.flightclaim.claims.application.claim.ClaimService;
import eu.flightclaim.claims.application.claim.ClaimSignatures;
import eu.flightclaim.claims.application.claim.PowerOfAttorneys;
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
import jakarta.ws.rs.PATCH;
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
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A customer's claims: submit, read, change, follow, talk to the team, resubmit, withdraw. */
@Path("claims")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ApiRoles.CUSTOMER)
@SecurityRequirement(name = ApiRoles.BEARER)
@Tag(name = "claims")
public class ClaimResource {

    private static final Logger LOG = Logger.getLogger(ClaimResource.class.getName());

    private static final Jsonb JSON = JsonbBuilder.create();

    @EJB
    private ClaimService claims;
    @Inject
    private JsonWebToken caller;
    @Context
    private HttpServletRequest http;
    @Context
    private UriInfo uriInfo;
    @Inject
    private eu.flightclaim.api.document.ClaimDocumentUploads claimDocuments;
    @Inject
    private DocumentCaller documentCaller;
    @EJB
    private PowerOfAttorneys powerOfAttorneys;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitClaim", summary = "Submit a claim", description = "With an Idempotency-Key, a retry within 24 hours returns the"
            + " same claim; the same key with another body is a 422. For customers only.")
    @APIResponse(responseCode = "201", description = "Submitted (or the earlier identical submission)",
            content = @Content(schema = @Schema(ref = "Claim")))
    @APIResponse(responseCode = "409", description = "A claim for this passenger, flight and date exists")
    @APIResponse(responseCode = "422", description = "Neither regulation covers the journey (reasons), or a reused key")
    public Response submit(@Parameter(description = "Makes retries safe, up to 100 characters")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @RequestBody(required = true, content = @Content(schema = @Schema(ref = "ClaimRequest"),
                    examples = @ExampleObject(name = "delayed-long-haul", summary = "FRA-JFK, 5 h late",
                            value = ClaimDtos.EXAMPLE_REQUEST))) ClaimDtos.ClaimRequest request) {
        if (request == null) {
            throw new ApiProblem(ProblemType.INVALID_INPUT, "A JSON body with the claim is required.");
        }
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 100)) {
            throw ApiProblem.invalid("Idempotency-Key", "must have 1 to 100 characters");
        }
        var eligibility = new eu.flightclaim.api.eligibility.EligibilityRequest();
        eligibility.legs = request.legs;
        eligibility.disruption = request.disruption;
        eligibility.preconditions = request.preconditions;
        ClaimService.Submitted result = claims.submit(customer(), caller.getName(), http.getRemoteAddr(), idempotencyKey,
                SecretTokens.hash(JSON.toJson(request)), new ClaimService.Submission(eligibility.toQuery(),
                        new Itinerary(request.legs == null ? null : request.legs.stream().map(l -> l == null ? null
                                : l.toLeg()).toList()), request.regime, request.passengers == null ? null
                        : request.passengers.stream().map(p -> p == null ? null
                                : new ClaimService.Passenger(p.firstName, p.lastName, p.bookingReference)).toList(),
                        request.contact == null ? null : request.contact.phone,
                        request.payout == null ? null : request.payout.iban,
                        request.payout == null ? null : request.payout.accountHolder,
                        request.consent == null ? null : request.consent.termsAccepted,
                        request.consent == null ? null : request.consent.assignmentAccepted,
                        request.consent == null ? null : acceptance(request.consent)));
        signedAssignment(result.claim().id());
        ClaimDtos.ClaimDto body = ClaimDtos.ClaimDto.of(result.claim());
        return Response.created(uriInfo.getBaseUriBuilder().path("claims/{id}").build(body.id)).entity(body)
                .header("Idempotent-Replayed", Boolean.toString(result.replayed())).build();
    }

    private ClaimSignatures.Acceptance acceptance(ClaimDtos.ConsentDto consent) {
        return new ClaimSignatures.Acceptance(consent.termsVersion, consent.language, consent.textSha256,
                http.getHeader("User-Agent"), consent.signatures == null ? null : consent.signatures.stream()
                        .map(g -> g == null ? null : new ClaimSignatures.Given(g.passenger, g.signedBy, g.onBehalf,
                                g.drawing == null ? null : g.drawing.stream().map(stroke -> stroke == null ? null
                                        : stroke.points).toList())).toList());
    }

    /**
     * The signed assignment becomes the claim's power_of_attorney document. The claim is already
     * stored with its signatures, which are the evidence; when the document store is down the
     * document is made on the next identical submission (a retry with the Idempotency-Key).
     */
    private void signedAssignment(UUID claimId) {
        try {
            powerOfAttorneys.store(claimId, documentCaller.actor());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The signed assignment of claim " + claimId + " could not be stored now", e);
        }
    }

    @GET
    @Operation(operationId = "listClaims", summary = "The caller's claims, newest first",
            description = "Lists the caller's own claims, newest first, one page at a time. For customers only;"
                    + " changes nothing. 400 names page or size when out of range.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "ClaimPage")))
    public ClaimDtos.ClaimPageDto list(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20")) @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        return ClaimDtos.ClaimPageDto.of(claims.list(customer(), paging.page(), paging.size()));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getClaim", summary = "One of the caller's claims (someone else's is a 404)",
            description = "The ETag is the claim's version, for If-Match on changes."
                    + " For customers only: the claim's owner.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "Claim")))
    public Response get(@PathParam("id") String id) {
        return withVersion(claims.view(customer(), claimId(id)));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(operationId = "updateClaim", summary = "Change contact, passengers or payout details",
            description = "Only while the claim is submitted or documents are requested. Parts left out stay as they"
                    + " are; passengers are replaced as a whole. For customers only: the claim's owner.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "Claim")))
    @APIResponse(responseCode = "409", description = "No longer changeable, changed meanwhile (If-Match), or a"
            + " passenger already claimed this flight")
    public Response update(@PathParam("id") String id, @Parameter(description = "The claim's ETag (version) last seen")
            @HeaderParam("If-Match") String ifMatch, ClaimDtos.ClaimUpdateRequest request) {
        return withVersion(claims.update(customer(), caller.getName(), claimId(id), ClaimVersions.ifMatch(ifMatch),
                request == null ? null : request.toUpdate()));
    }

    @POST
    @Path("{id}/resubmit")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(operationId = "resubmitClaim", summary = "Answer a document request: hand the claim back to the reviewers",
            description = "Upload the documents first; the optional message goes to the claim's thread."
                    + " For customers only: the claim's owner.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "Claim")))
    @APIResponse(responseCode = "409", description = "No documents are requested, or changed meanwhile")
    public Response resubmit(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @RequestBody(content = @Content(schema = @Schema(ref = "ResubmitRequest"))) String body) {
        ClaimDtos.ResubmitRequest request = optionalBody(body, ClaimDtos.ResubmitRequest.class);
        return withVersion(claims.resubmit(customer(), caller.getName(), claimId(id), ClaimVersions.ifMatch(ifMatch),
                request == null ? null : request.message));
    }

    @GET
    @Path("{id}/messages")
    @Operation(operationId = "listClaimMessages", summary = "The claim's messages between the customer and the team,"
            + " oldest first",
            description = "Lists the messages between the customer and the team on the claim, oldest first; staff's"
                    + " internal notes are not among them. For customers only: the claim's owner; changes nothing."
                    + " 404 for an unknown claim or someone else's.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, ref = "ClaimMessage")))
    public List<ClaimDtos.MessageDto> messages(@PathParam("id") String id) {
        return claims.messages(customer(), claimId(id)).stream().map(m -> ClaimDtos.MessageDto.of(m, false)).toList();
    }

    @POST
    @Path("{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "postClaimMessage", summary = "Write to the team about the claim",
            description = "Adds the caller's message to the claim's thread, where the team reads it. For customers"
                    + " only: the claim's owner. A document uploaded to the claim may go with it (documentId). 400"
                    + " when body is missing or over 5000 characters, or documentId is not one of the claim's"
                    + " documents; 404 for an unknown claim or someone else's.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(ref = "ClaimMessage")))
    public Response write(@PathParam("id") String id, ClaimDtos.MessageRequest request) {
        ClaimDtos.MessageDto written = ClaimDtos.MessageDto.of(claims.write(customer(), caller.getName(), claimId(id),
                request == null ? null : request.body, request == null ? null : request.document()), false);
        return Response.status(Response.Status.CREATED).entity(written).build();
    }

    @POST
    @Path("{id}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({ApiRoles.CUSTOMER, ApiRoles.REVIEWER, ApiRoles.ADMIN, ApiRoles.SUPERADMIN})
    @Tag(name = "documents")
    @Operation(operationId = "uploadDocument", summary = "Upload a document to a claim (its customer or staff)",
            description = "multipart/form-data with one part named 'file'. The content type is detected from the bytes."
                    + " An identical file already on the claim answers 200 with that document."
                    + " For the claim's customer and for staff (reviewer, admin, superadmin).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(
            type = SchemaType.OBJECT, properties = @SchemaProperty(name = "file", type = SchemaType.STRING,
                    format = "binary"))))
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(schema = @Schema(ref = "Document")))
    @APIResponse(responseCode = "200", description = "The same file was already on the claim",
            content = @Content(schema = @Schema(ref = "Document")))
    @APIResponse(responseCode = "400", description = "Unknown type, no file part")
    @APIResponse(responseCode = "413", description = "Over the type's size limit or the storage quota")
    @APIResponse(responseCode = "415", description = "The content is not an allowed type for the document type")
    @APIResponse(responseCode = "422", description = "Too many PDF pages, unreadable PDF")
    @APIResponse(responseCode = "503", description = "Storage unavailable: retry after Retry-After")
    public Response uploadDocument(@PathParam("id") String id,
            @Parameter(description = "The document type", required = true, example = "boarding_pass")
            @QueryParam("type") String type) throws java.io.IOException {
        return claimDocuments.upload(id, type, uriInfo);
    }

    @GET
    @Path("{id}/documents")
    @RolesAllowed({ApiRoles.CUSTOMER, ApiRoles.REVIEWER, ApiRoles.ADMIN, ApiRoles.SUPERADMIN})
    @Tag(name = "documents")
    @Operation(operationId = "listDocuments", summary = "The documents of a claim (staff also see deleted ones)",
            description = "Lists the claim's documents, oldest first; staff also see deleted ones. For the claim's"
                    + " customer and for staff (reviewer, admin, superadmin); changes nothing. 404 for an unknown"
                    + " claim or, for a customer, someone else's.")
    @APIResponse(responseCode = "200", description = "Oldest first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, ref = "Document")))
    public List<eu.flightclaim.api.document.DocumentDto> listDocuments(@PathParam("id") String id) {
        return claimDocuments.list(id);
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "getClaimHistory", summary = "What happened to the claim",
            description = "Lists what happened to the claim as its customer may see it (status changes with reasons,"
                    + " edits, document requests, reminders), oldest first. For customers only: the claim's owner;"
                    + " changes nothing. 404 for an unknown claim or someone else's.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, ref = "ClaimEvent")))
    public List<ClaimDtos.EventDto> history(@PathParam("id") String id) {
        return claims.history(customer(), claimId(id)).stream().map(ClaimDtos.EventDto::of).toList();
    }

    @GET
    @Path("{id}/document-requests")
    @Operation(operationId = "getClaimDocumentRequests", summary = "The documents the team asked for, open ones first",
            description = "Lists the documents the team asked the customer for on this claim: open requests first,"
                    + " then answered ones, each group newest first. A request is answered by uploading a document of"
                    + " its type (POST /claims/{id}/documents?type=…) or by resubmitting the claim. For customers only:"
                    + " the claim's owner; changes nothing. 404 for an unknown claim or someone else's.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, ref = "CustomerDocumentRequest")))
    public List<ClaimDtos.RequestDto> documentRequests(@PathParam("id") String id) {
        return claims.documentRequests(customer(), claimId(id)).stream().map(ClaimDtos.RequestDto::of).toList();
    }

    @POST
    @Path("{id}/withdraw")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(operationId = "withdrawClaim", summary = "Take the claim back, before a decision",
            description = "Withdraws the claim with an optional reason, records it in the history and emails the"
                    + " customer; its passengers may then claim this flight again. For customers only: the claim's"
                    + " owner. 404 for an unknown claim or someone else's; 409 once it is approved, rejected, paid or"
                    + " withdrawn, or when If-Match names an older version.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "Claim")))
    @APIResponse(responseCode = "409", description = "Already decided, or changed meanwhile")
    public Response withdraw(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @RequestBody(content = @Content(schema = @Schema(ref = "WithdrawRequest"))) String body) {
        ClaimDtos.WithdrawRequest request = optionalBody(body, ClaimDtos.WithdrawRequest.class);
        return withVersion(claims.withdraw(customer(), caller.getName(), claimId(id), ClaimVersions.ifMatch(ifMatch),
                request == null ? null : request.reason));
    }

    private static <T> T optionalBody(String body, Class<T> type) {
        return JsonBodyCheck.readOptional(body, type);
    }

    private static Response withVersion(ClaimService.ClaimView claim) {
        return Response.ok(ClaimDtos.ClaimDto.of(claim)).tag(ClaimVersions.etag(claim.version())).build();
    }

    private UUID customer() {
        return CustomerCaller.of(caller, "Claims belong to customer sign-ins.");
    }

    static UUID claimId(String id) {
        return PathIds.uuid(id, "claim");
    }
}
