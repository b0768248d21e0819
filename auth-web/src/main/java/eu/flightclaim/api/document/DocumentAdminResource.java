package eu.flightclaim.api.document;

import eu.flightclaim.api.ApiRoles;
import eu.flightclaim.api.problem.ApiProblem;
import eu.flightclaim.api.problem.Problem;
import eu.flightclaim.files.application.DocumentService;
import eu.flightclaim.files.infrastructure.persistence.DocumentRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff work on documents: review, restore a deleted one, read the access log. */
@Path("admin/documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ApiRoles.REVIEWER, ApiRoles.ADMIN, ApiRoles.SUPERADMIN})
@SecurityRequirement(name = ApiRoles.BEARER)
@Tag(name = "admin-documents")
@APIResponse(responseCode = "401", description = "No valid token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
@APIResponse(responseCode = "403", description = "Not staff",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
@APIResponse(responseCode = "404", description = "No such document",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
public class DocumentAdminResource {

    @EJB
    private DocumentService documents;
    @Inject
    private DocumentCallers callers;
    @Inject
    private DocumentResource content;

    @Schema(name = "DocumentReviewRequest")
    public static class ReviewRequest {
        @Schema(required = true, enumeration = {"approved", "rejected"})
        public String decision;
        @Schema(description = "Required for a rejection: told to the customer by email",
                example = "The photo is too blurred to read the flight number.")
        public String reason;
    }

    @Schema(name = "DocumentAccess")
    public static class AccessDto {
        @Schema(type = SchemaType.STRING, format = "date-time")
        public OffsetDateTime at;
        public String actor;
        @Schema(example = "download")
        public String action;
        @Schema(example = "success", enumeration = {"success", "denied", "error"})
        public String result;
        public String ip;
        public String userAgent;
        public String detail;

        static AccessDto of(DocumentRepository.Access a) {
            AccessDto d = new AccessDto();
            d.at = a.at();
            d.actor = a.actor();
            d.action = a.action().toLowerCase(java.util.Locale.ROOT);
            d.result = a.result().toLowerCase(java.util.Locale.ROOT);
            d.ip = a.ip();
            d.userAgent = a.userAgent();
            d.detail = a.detail();
            return d;
        }
    }

    @POST
    @Path("{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reviewDocument", summary = "Approve or reject a document (a rejection emails the customer)")
    @APIResponse(responseCode = "200", description = "Reviewed", content = @Content(schema = @Schema(ref = "Document")))
    @APIResponse(responseCode = "400", description = "Unknown decision, no reason for a rejection",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public DocumentDto review(@PathParam("id") String id, ReviewRequest request) {
        if (request == null || request.decision == null
                || !(request.decision.equals("approved") || request.decision.equals("rejected"))) {
            throw ApiProblem.invalid("decision", "must be approved or rejected");
        }
        return DocumentDto.of(documents.review(DocumentCallers.id(id, "document"), request.decision.equals("approved"),
                request.reason, callers.actor()));
    }

    @POST
    @Path("{id}/restore")
    @Operation(operationId = "restoreDocument", summary = "Bring back a document its customer deleted")
    @APIResponse(responseCode = "200", description = "Restored", content = @Content(schema = @Schema(ref = "Document")))
    @APIResponse(responseCode = "409", description = "Not deleted, or the same file was uploaded again",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public DocumentDto restore(@PathParam("id") String id) {
        return DocumentDto.of(documents.setDeleted(DocumentCallers.id(id, "document"), false, callers.actor()));
    }

    @GET
    @Path("{id}/quarantine")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @RolesAllowed({ApiRoles.ADMIN, ApiRoles.SUPERADMIN})
    @Operation(operationId = "downloadQuarantined", summary = "Admins only: the content of any document, also one"
            + " that failed the virus scan, as an opaque .quarantine file (for evidence)")
    @APIResponse(responseCode = "200", description = "The content",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING,
                    format = "binary")))
    public jakarta.ws.rs.core.Response quarantine(@PathParam("id") String id) {
        var doc = documents.find(DocumentCallers.id(id, "document"));
        return content.serve(doc, null, MediaType.APPLICATION_OCTET_STREAM, doc.originalName() + ".quarantine");
    }

    @GET
    @Path("{id}/access-log")
    @Operation(operationId = "documentAccessLog", summary = "Every access to the document, allowed or denied, newest"
            + " first (at most 500)")
    @APIResponse(responseCode = "200", description = "The log",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, ref = "DocumentAccess")))
    public List<AccessDto> accessLog(@PathParam("id") String id) {
        return documents.accessLog(DocumentCallers.id(id, "document")).stream().map(AccessDto::of).toList();
    }
}
