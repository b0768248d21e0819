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
        @Schema(description = "The decision: approved, or rejected (which emails the customer the reason)",
                required = true, enumeration = {"approved", "rejected"}, example = "rejected")
        public String decision;
        @Schema(description = "Required for a rejection, at most 2000 characters: told to the customer by email;"
                + " optional for an approval", example = "The photo is too blurred to read the flight number.")
        @MultiLine
        public String reason;
    }

    @Schema(name = "DocumentAccess")
    public static class AccessDto {
        @Schema(type = SchemaType.STRING, format = "date-time", description = "When it happened",
                example = "2026-11-30T09:15:00Z")
        public OffsetDateTime at;
        @Schema(description = "Who: the email address of the customer or member of staff, scanner for the virus"
                + " scanner, or share-link:{id} for a visit through a share link", example = "sam@flightclaim.example")
        public String actor;
        @Schema(description = "What was done: upload, view (the metadata), download, delete, restore, review (by"
                + " staff, or the scanner rejecting malware), share (a link created or revoked) or share_use (a visit"
                + " through a link)", example = "download",
                enumeration = {"upload", "view", "download", "delete", "restore", "review", "share", "share_use"})
        public String action;
        @Schema(description = "success; denied (not allowed, a wrong password, an expired, revoked or locked link);"
                + " or error (it failed, such as content that could not be decrypted)", example = "success",
                enumeration = {"success", "denied", "error"})
        public String result;
        @Schema(description = "The IP address the request came from, as the server saw it; absent for the scanner",
                example = "203.0.113.7")
        public String ip;
        @Schema(description = "The request's User-Agent, cut to 300 characters; absent when none was sent",
                example = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
                        + " Chrome/131.0 Safari/537.36")
        public String userAgent;
        @Schema(description = "More about it, up to 500 characters, such as the byte range of a partial download,"
                + " the decision of a review or why a visit was refused; absent when there is nothing to add",
                example = "bytes 0-65535")
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
        @Schema(type = SchemaType.STRING, format = "date-time",
                description = "When the link stops working: in the future, at most 90 days ahead; in 7 days when left"
                        + " out", example = "2026-12-07T09:15:00Z")
        public OffsetDateTime expiresAt;
        @Schema(description = "Optional, 8 to 200 characters: the visitor must enter it",
                example = "example-passphrase")
        public String password;
    }

    @Schema(name = "ShareLink")
    public static class ShareLinkDto {
        @Schema(type = SchemaType.INTEGER, format = "int64", description = "The link's id, for revoking it",
                example = "12")
        public long id;
        @Schema(description = "The address to hand to the third party. Only in the answer to its creation: the token"
                + " in it is not stored",
                example = "https://flightclaim.eu/share/example-share-link-token-not-a-real-one-000")
        public String url;
        @Schema(type = SchemaType.STRING, format = "date-time", description = "When the link stops working",
                example = "2026-12-07T09:15:00Z")
        public OffsetDateTime expiresAt;
        @Schema(description = "Whether a visitor must enter the link's password", example = "true")
        public boolean passwordProtected;
        @Schema(description = "Who created it: the member of staff's email address; absent in the answer to its"
                + " creation", example = "sam@flightclaim.example")
        public String createdBy;
        @Schema(type = SchemaType.STRING, format = "date-time",
                description = "When it was created; absent in the answer to its creation",
                example = "2026-11-30T09:15:00Z")
        public OffsetDateTime createdAt;
        @Schema(type = SchemaType.STRING, format = "date-time",
                description = "When it was revoked; absent while not revoked", example = "2026-12-02T14:00:00Z")
        public OffsetDateTime revokedAt;
        @Schema(description = "How many times the document was downloaded through it (0 in the answer to its"
                + " creation)", example = "3")
        public int uses;
        @Schema(type = SchemaType.STRING, format = "date-time",
                description = "When it was last used to download the document; absent before the first use",
                example = "2026-12-01T11:20:00Z")
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
        @Schema(type = SchemaType.INTEGER, format = "int64", description = "The finding's id", example = "57")
        public long id;
        @Schema(type = SchemaType.STRING, format = "date-time", description = "When the job found (or did) it",
                example = "2026-11-30T03:00:12Z")
        public OffsetDateTime foundAt;
        @Schema(description = "orphan_removed: a stored object without a document record, removed once older than"
                + " the grace period; missing_object: a document record whose object is not in the store (reported"
                + " once, never deleted: look into it); damaged_object: a document whose object has another size"
                + " than recorded, or fails authentication or its SHA-256 when read back (reported once, never"
                + " deleted); purged: a document deleted longer than the retention ago, removed for good",
                example = "missing_object", enumeration = {"orphan_removed", "missing_object", "damaged_object", "purged"})
        public String kind;
        @Schema(description = "The object's key in the document store", example = "claims/9a4e7c2d-1b3f-4e8a-b5c6-"
                + "0d2f8e1a7c43/3f2b8c1e-5d4a-4b7e-9c61-2a0e5f8d7b10")
        public String storageKey;
        @Schema(type = SchemaType.STRING, format = "uuid", description = "The document the object belonged to;"
                + " absent for an orphan_removed object, which had no record",
                example = "3f2b8c1e-5d4a-4b7e-9c61-2a0e5f8d7b10")
        public java.util.UUID documentId;
        @Schema(description = "More about it: the size and write time of a removed orphan, no object in storage,"
                + " what is wrong with a damaged object, or how long ago a purged document was deleted",
                example = "no object in storage")
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
