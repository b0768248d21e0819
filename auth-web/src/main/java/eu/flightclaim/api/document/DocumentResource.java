package eu.flightclaim.api.document;

import eu.flightclaim.api.ApiRoles;
import eu.flightclaim.api.problem.Problem;
import eu.flightclaim.api.problem.ProblemType;
import eu.flightclaim.claims.application.claim.ClaimDocumentAccess;
import eu.flightclaim.files.application.DocumentService;
import eu.flightclaim.files.domain.model.document.Document;
import eu.flightclaim.files.domain.model.document.FileNames;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One document, for its customer and for staff: metadata, content (decrypted as it streams, with
 * Range), delete. Uploading and listing are under the claim ({@link ClaimDocumentUploads}).
 */
@Path("documents")
@RequestScoped
@RolesAllowed({ApiRoles.CUSTOMER, ApiRoles.REVIEWER, ApiRoles.ADMIN, ApiRoles.SUPERADMIN})
@SecurityRequirement(name = ApiRoles.BEARER)
@Tag(name = "documents")
public class DocumentResource {

    @EJB
    private DocumentService documents;
    @EJB
    private ClaimDocumentAccess access;
    @Inject
    private DocumentCaller callers;
    @Context
    private UriInfo uriInfo;

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getDocument", summary = "A document's details",
            description = "Returns a document's metadata: type, file name, content type, size, status and review. For"
                    + " the customer who owns it and for staff (reviewer, admin, superadmin). 404 for an unknown id,"
                    + " or when a customer asks for someone else's or a deleted document (the refusal goes to the"
                    + " document's access log).")
    @APIResponse(responseCode = "200", description = "The document", content = @Content(schema = @Schema(ref = "Document")))
    public DocumentDto get(@PathParam("id") String id) {
        return DocumentDto.of(visible(id, "VIEW"));
    }

    @GET
    @Path("{id}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadDocument", summary = "The document's content, decrypted as it streams",
            description = "Supports a single Range (bytes=a-b, a-, -n): 206 with Content-Range."
                    + " For the customer who owns it and for staff (reviewer, admin, superadmin).")
    @APIResponse(responseCode = "200", description = "The content, with its detected type",
            content = @Content(mediaType = "application/octet-stream", schema = @Schema(type = SchemaType.STRING,
                    format = "binary")))
    @APIResponse(responseCode = "206", description = "The requested range",
            content = @Content(mediaType = "application/octet-stream", schema = @Schema(type = SchemaType.STRING,
                    format = "binary")))
    @APIResponse(responseCode = "416", description = "The range is outside the content")
    public Response content(@PathParam("id") String id, @HeaderParam("Range") String range) {
        Document doc = visible(id, "DOWNLOAD");
        documents.checkServable(doc);
        return serve(doc, range, doc.contentType(), doc.originalName());
    }

    /** The content with Range support; the quarantine download shares it with its own type and name. */
    Response serve(Document doc, String range, String contentType, String fileName) {
        ByteRange r;
        try {
            r = ByteRange.parse(range, doc.size());
        } catch (ByteRange.Unsatisfiable e) {
            return Response.status(416).type(Problem.MEDIA_TYPE).header("Content-Range", "bytes */" + doc.size())
                    .entity(new Problem(ProblemType.RANGE_NOT_SATISFIABLE, "The document has " + doc.size()
                            + " bytes.", uriInfo.getRequestUri().getPath())).build();
        }
        DocumentService.Content content = documents.open(doc, r == null ? 0 : r.from(), r == null ? null : r.to(),
                callers.actor());
        StreamingOutput body = out -> {
            try (InputStream in = content.stream()) {
                in.transferTo(out);
            }
        };
        Response.ResponseBuilder response = Response.status(r == null ? 200 : 206).entity(body)
                .type(contentType).header("Content-Length", content.length())
                .header("Accept-Ranges", "bytes").header("ETag", "\"" + doc.sha256() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", FileNames.contentDisposition("attachment", fileName));
        if (r != null) {
            response.header("Content-Range", "bytes " + r.from() + "-" + r.to() + "/" + doc.size());
        }
        return response.build();
    }

    @DELETE
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "deleteDocument", summary = "Delete a document (soft: staff can restore it); customers"
            + " only while the claim is undecided",
            description = "Soft-deletes a document: the customer no longer sees it, staff still do and can restore"
                    + " it; the deletion goes to the document's access log. For the owning customer while the claim"
                    + " is undecided, and for staff (reviewer, admin, superadmin). 404 for an unknown id or someone"
                    + " else's document; 409 when it is already deleted or, for a customer, the claim is decided.")
    @APIResponse(responseCode = "409", description = "Already deleted, or the claim is decided")
    @APIResponse(responseCode = "200", description = "Deleted", content = @Content(schema = @Schema(ref = "Document")))
    public DocumentDto delete(@PathParam("id") String id) {
        return DocumentDto.of(access.delete(DocumentCaller.id(id, "document"), callers.customerOrStaff(),
                callers.actor()));
    }

    /** The document, if this caller may see it: its owner or staff; anyone else gets the same 404 as for none. */
    private Document visible(String id, String action) {
        return access.visible(DocumentCaller.id(id, "document"), callers.customerOrStaff(), action, callers.actor());
    }
}
