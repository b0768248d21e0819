package eu.flightclaim.api.document;

import eu.flightclaim.api.input.JsonBodyCheck;
import eu.flightclaim.api.input.MultiLine;
import eu.flightclaim.api.ApiRoles;
import eu.flightclaim.api.problem.ApiProblem;
import eu.flightclaim.files.application.DocumentService;
import eu.flightclaim.files.application.ShareLinks;
import eu.flightclaim.files.domain.model.document.DocumentAccess;
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

/** Staff work on documents: review, restore a deleted one, quarantine, share links, the access log. */
@Path("admin/documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ApiRoles.REVIEWER, ApiRoles.ADMIN, ApiRoles.SUPERADMIN})
@SecurityRequirement(name = ApiRoles.BEARER)
@Tag(name = "admin-documents")
public class DocumentAdminResource {

    @EJB
    private DocumentService documents;
    @EJB
    private ShareLinks shareLinks;
    @EJB
    private eu.flightclaim.files.application.DocumentHousekeeping housekeeping;
    @Inject
    private DocumentCaller callers;
    @Inject
    private DocumentResource content;

    @Schema(name = "DocumentReviewRequest")
    public static class ReviewRequest {
        @Schema(required = true, enumeration = {"approved", "rejected"})
        public String decision;
        @Schema(description = "Required for a rejection: told to the customer by email",
                example = "The photo is too blurred to read the flight number.")
        @MultiLine
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

        static AccessDto of(DocumentAccess a) {
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
    @Operation(operationId = "reviewDocument",
            summary = "Approve or reject a document (a rejection emails the customer)",
            description = "Records an approval or rejection of the document in its access log; a rejection also"
                    + " emails the customer the reason and adds it to the claim's history. For reviewer, admin and"
                    + " superadmin. 400 for a decision other than approved or rejected, or a rejection without a"
                    + " reason (or one over 2000 characters); 404 for an unknown document.")
    @APIResponse(responseCode = "200", description = "Reviewed", content = @Content(schema = @Schema(ref = "Document")))
    @APIResponse(responseCode = "400", description = "Unknown decision, no reason for a rejection")
    public DocumentDto review(@PathParam("id") String id, ReviewRequest request) {
        if (request == null || request.decision == null
                || !(request.decision.equals("approved") || request.decision.equals("rejected"))) {
            throw ApiProblem.invalid("decision", "must be approved or rejected");
        }
        return DocumentDto.of(documents.review(DocumentCaller.id(id, "document"), request.decision.equals("approved"),
                request.reason, callers.actor()));
    }

    @POST
    @Path("{id}/restore")
    @Operation(operationId = "restoreDocument", summary = "Bring back a document its customer deleted",
            description = "Undoes a soft delete so that the customer sees the document again; the restore goes to the"
                    + " document's access log. For reviewer, admin and superadmin. 404 for an unknown document; 409"
                    + " when it is not deleted, or the same file has since been uploaded to the claim again.")
    @APIResponse(responseCode = "200", description = "Restored", content = @Content(schema = @Schema(ref = "Document")))
    @APIResponse(responseCode = "409", description = "Not deleted, or the same file was uploaded again")
    public DocumentDto restore(@PathParam("id") String id) {
        return DocumentDto.of(documents.setDeleted(DocumentCaller.id(id, "document"), false, callers.actor()));
    }

    @GET
    @Path("{id}/quarantine")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @RolesAllowed({ApiRoles.ADMIN, ApiRoles.SUPERADMIN})
    @Operation(operationId = "downloadQuarantined", summary = "Admins only: the content of any document, also one"
            + " that failed the virus scan, as an opaque .quarantine file (for evidence)",
            description = "Streams the decrypted content of any document, also one being scanned or that failed the"
                    + " virus scan, as application/octet-stream; the download goes to the document's access log. For"
                    + " admin and superadmin only (403 for reviewers). 404 for an unknown document; 503 with"
                    + " Retry-After when the document store is unavailable.")
    @APIResponse(responseCode = "200", description = "The content",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING,
                    format = "binary")))
    public jakarta.ws.rs.core.Response quarantine(@PathParam("id") String id) {
        var doc = documents.find(DocumentCaller.id(id, "document"));
        return content.serve(doc, null, MediaType.APPLICATION_OCTET_STREAM, doc.originalName() + ".quarantine");
    }

    @Schema(name = "ShareLinkRequest")
    public static class ShareLinkRequest {
        @Schema(type = SchemaType.STRING, format = "date-time", description = "Default: in 7 days; at most 90 days ahead")
        public OffsetDateTime expiresAt;
        @Schema(description = "Optional, 8 to 200 characters: the visitor must enter it")
        public String password;
    }

    @Schema(name = "ShareLink")
    public static class ShareLinkDto {
        public long id;
        @Schema(description = "Only in the answer to its creation: the token is not stored")
        public String url;
        @Schema(type = SchemaType.STRING, format = "date-time")
        public OffsetDateTime expiresAt;
        public boolean passwordProtected;
        public String createdBy;
        @Schema(type = SchemaType.STRING, format = "date-time")
        public OffsetDateTime createdAt;
        @Schema(type = SchemaType.STRING, format = "date-time")
        public OffsetDateTime revokedAt;
        public int uses;
        @Schema(type = SchemaType.STRING, format = "date-time")
        public OffsetDateTime lastUsedAt;

        static ShareLinkDto of(ShareLinks.Link l) {
            ShareLinkDto d = new ShareLinkDto();
            d.id = l.id();
            d.expiresAt = l.expiresAt();
            d.passwordProtected = l.passwordProtected();
            d.createdBy = l.createdBy();
            d.createdAt = l.createdAt();
            d.revokedAt = l.revokedAt();
            d.uses = l.uses();
            d.lastUsedAt = l.lastUsedAt();
            return d;
        }
    }

    @POST
    @Path("{id}/share-links")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(operationId = "createShareLink", summary = "A link a third party (airline, lawyer) can download the"
            + " document with, until it expires or is revoked",
            description = "Creates a link with which anyone holding it (an airline, a lawyer) can download the"
                    + " document without signing in, until it expires (default 7 days, at most 90) or is revoked,"
                    + " optionally with a password. The URL is in this answer only; the creation goes to the"
                    + " document's access log. For reviewer, admin and superadmin. 400 names expiresAt or password;"
                    + " 404 for an unknown document; 409 while it is being scanned or after it failed the scan.")
    @APIResponse(responseCode = "201", description = "Created; the URL is shown this once",
            content = @Content(schema = @Schema(ref = "ShareLink")))
    @APIResponse(responseCode = "400", description = "Expiry in the past or too far ahead, password too short")
    @APIResponse(responseCode = "409", description = "The document is being scanned or failed the scan")
    public jakarta.ws.rs.core.Response share(@PathParam("id") String id,
            @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(ref = "ShareLinkRequest"))) String body) {
        ShareLinkRequest given = JsonBodyCheck.readOptional(body, ShareLinkRequest.class);
        ShareLinkRequest request = given == null ? new ShareLinkRequest() : given;
        ShareLinks.Created created = shareLinks.create(DocumentCaller.id(id, "document"), request.expiresAt,
                request.password, callers.actor());
        ShareLinkDto dto = new ShareLinkDto();
        dto.id = created.id();
        dto.url = ShareLinkServlet.url(callers.request(), created.token());
        dto.expiresAt = created.expiresAt();
        dto.passwordProtected = created.passwordProtected();
        return jakarta.ws.rs.core.Response.status(201).entity(dto).build();
    }

    @GET
    @Path("{id}/share-links")
    @Operation(operationId = "listShareLinks", summary = "The document's share links, newest first",
            description = "Lists the document's share links, newest first, with expiry, revocation and use count but"
                    + " without their URLs. For reviewer, admin and superadmin; changes nothing. 404 for an unknown"
                    + " document.")
    @APIResponse(responseCode = "200", description = "The links (without their URLs)",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, ref = "ShareLink")))
    public List<ShareLinkDto> shareLinks(@PathParam("id") String id) {
        return shareLinks.list(DocumentCaller.id(id, "document")).stream().map(ShareLinkDto::of).toList();
    }

    @jakarta.ws.rs.DELETE
    @Path("{id}/share-links/{linkId}")
    @Operation(operationId = "revokeShareLink", summary = "Revoke a share link at once",
            description = "Revokes a share link: it stops working at once for every visitor; the revocation goes to"
                    + " the document's access log. For reviewer, admin and superadmin. 404 when the document has no"
                    + " active link with this id (unknown, another document's, or already revoked).")
    @APIResponse(responseCode = "204", description = "Revoked")
    public jakarta.ws.rs.core.Response revoke(@PathParam("id") String id, @PathParam("linkId") String linkId) {
        try {
            shareLinks.revoke(DocumentCaller.id(id, "document"), Long.parseLong(linkId), callers.actor());
        } catch (NumberFormatException e) {
            throw new eu.flightclaim.api.problem.ApiProblem(eu.flightclaim.api.problem.ProblemType.NOT_FOUND,
                    "No share link " + linkId + ".");
        }
        return jakarta.ws.rs.core.Response.noContent().build();
    }

    @Schema(name = "StorageFinding")
    public static class FindingDto {
        public long id;
        @Schema(type = SchemaType.STRING, format = "date-time")
        public OffsetDateTime foundAt;
        @Schema(enumeration = {"orphan_removed", "missing_object", "purged"})
        public String kind;
        public String storageKey;
        @Schema(type = SchemaType.STRING, format = "uuid")
        public java.util.UUID documentId;
        public String detail;
    }

    @GET
    @Path("storage-findings")
    @RolesAllowed({ApiRoles.ADMIN, ApiRoles.SUPERADMIN})
    @Operation(operationId = "storageFindings", summary = "What the document-housekeeping job found and did, newest"
            + " first (at most 500): orphan objects removed, records whose object is missing, purges",
            description = "Lists what the document-housekeeping job found and did, newest first (at most 500): orphan"
                    + " objects removed, records whose stored object is missing, purged documents. For admin and"
                    + " superadmin only (403 for reviewers); changes nothing.")
    @APIResponse(responseCode = "200", description = "The findings",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, ref = "StorageFinding")))
    public List<FindingDto> findings() {
        return housekeeping.findings(500).stream().map(f -> {
            FindingDto d = new FindingDto();
            d.id = f.id();
            d.foundAt = f.foundAt();
            d.kind = f.kind().toLowerCase(java.util.Locale.ROOT);
            d.storageKey = f.storageKey();
            d.documentId = f.documentId();
            d.detail = f.detail();
            return d;
        }).toList();
    }

    @GET
    @Path("{id}/access-log")
    @Operation(operationId = "documentAccessLog", summary = "Every access to the document, allowed or denied, newest"
            + " first (at most 500)",
            description = "Lists every access to the document (view, download, upload, delete, restore, review,"
                    + " share), whether it succeeded, was denied or failed, with actor, IP and user agent, newest"
                    + " first (at most 500). For reviewer, admin and superadmin; changes nothing. 404 for an unknown"
                    + " document.")
    @APIResponse(responseCode = "200", description = "The log",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, ref = "DocumentAccess")))
    public List<AccessDto> accessLog(@PathParam("id") String id) {
        return documents.accessLog(DocumentCaller.id(id, "document")).stream().map(AccessDto::of).toList();
    }
}
