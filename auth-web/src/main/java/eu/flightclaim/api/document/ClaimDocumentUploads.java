package eu.flightclaim.api.document;

import eu.flightclaim.api.problem.ApiProblem;
import eu.flightclaim.api.problem.ProblemType;
import eu.flightclaim.claims.application.claim.ClaimDocumentAccess;
import eu.flightclaim.files.application.DocumentService;
import eu.flightclaim.files.domain.model.document.UploadRejected;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.fileupload2.core.FileItemHeaders;
import org.apache.commons.fileupload2.core.MultipartInput;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;

/**
 * Uploading to and listing a claim's documents (the endpoints are in ClaimResource, under the
 * claim). The multipart body is parsed as a stream: the file part goes from the request into the
 * intake pipeline, never buffered whole or spooled to disk in plaintext.
 */
@RequestScoped
public class ClaimDocumentUploads {

    /** What a multipart body may add to the file (boundaries, part headers with a long file name). */
    static final long MULTIPART_OVERHEAD = 32 * 1024;

    @EJB
    private DocumentService documents;
    @EJB
    private ClaimDocumentAccess access;
    @Inject
    private DocumentCaller callers;

    public Response upload(String claimId, String type, UriInfo uriInfo) throws IOException {
        UUID claim = DocumentCaller.id(claimId, "claim");
        UUID owner = access.claimOwner(claim, callers.customerOrStaff());
        if (type == null || type.isBlank()) {
            throw ApiProblem.invalid("type", "is required: the document type, e.g. boarding_pass");
        }
        HttpServletRequest http = callers.request();
        long limit = documents.rule(type.trim()).maxSizeBytes();
        if (http.getContentLengthLong() > limit + MULTIPART_OVERHEAD) {
            // refused before reading: the answer closes the connection rather than reading the body
            throw new UploadRejected(UploadRejected.Reason.TOO_LARGE, "The request has " + http.getContentLengthLong()
                    + " bytes; a " + type.trim().replace('_', ' ') + " may have at most " + limit + ".");
        }
        if (!JakartaServletFileUpload.isMultipartContent(http)) {
            throw new ApiProblem(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Send the file as multipart/form-data with a part"
                    + " named 'file'.");
        }
        // MultipartInput directly: the servlet helper cannot raise its 512-byte part-header limit,
        // which refuses long (but legal) file names
        JakartaServletFileUpload<?, ?> parser = new JakartaServletFileUpload<>();
        try {
            MultipartInput multipart = MultipartInput.builder().setInputStream(http.getInputStream())
                    .setBoundary(boundary(http.getContentType())).setPartHeaderSizeMax(16 * 1024)
                    .setBufferSize(64 * 1024).get(); // the 4 KiB default makes a gigabyte upload crawl
            multipart.setHeaderCharset(StandardCharsets.UTF_8);
            for (boolean more = multipart.skipPreamble(); more; more = multipart.readBoundary()) {
                FileItemHeaders headers = parser.getParsedHeaders(multipart.readHeaders());
                if (!"file".equals(parser.getFieldName(headers))) {
                    multipart.discardBodyData();
                    continue;
                }
                try (InputStream body = new ClientBody(multipart.newInputStream())) {
                    DocumentService.Stored stored = documents.upload(claim, owner, type.trim(), fileName(headers), body,
                            callers.actor());
                    DocumentDto dto = DocumentDto.of(stored.document());
                    return stored.duplicate() ? Response.ok(dto).build()
                            : Response.created(uriInfo.getBaseUriBuilder().path("documents/{id}").build(dto.id))
                                    .entity(dto).build();
                }
            }
        } catch (IOException e) { // only the client's body is read here: a malformed or broken-off body
            throw new ApiProblem(ProblemType.MALFORMED_REQUEST, "The multipart body could not be read: " + e.getMessage());
        }
        throw ApiProblem.invalid("file", "no part named 'file' in the multipart body");
    }

    /**
     * The file part as the client sends it: a body that breaks off (no closing boundary, a dropped
     * connection) is the client's fault, a 400 rather than an I/O error of ours; the intake then
     * removes its temporary file and nothing is stored.
     */
    private static final class ClientBody extends FilterInputStream {

        ClientBody(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw incomplete(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                throw incomplete(e);
            }
        }

        private static UploadRejected incomplete(IOException e) {
            return new UploadRejected(UploadRejected.Reason.INCOMPLETE, "The upload ended before the file did (the"
                    + " multipart body is cut off or malformed: " + e.getMessage() + "); nothing was stored.");
        }
    }

    /** The client's file name as sent (sanitised later); read from the header, since fileupload refuses NULs. */
    private static String fileName(FileItemHeaders headers) {
        String disposition = headers.getHeader("Content-Disposition");
        Matcher m = Pattern.compile("filename=\"([^\"]*)\"").matcher(disposition == null ? "" : disposition);
        return m.find() ? m.group(1) : null;
    }

    private static byte[] boundary(String contentType) {
        Matcher m = Pattern.compile("boundary=\"?([^\";]+)\"?").matcher(contentType);
        if (!m.find()) {
            throw new ApiProblem(ProblemType.MALFORMED_REQUEST, "The multipart Content-Type has no boundary.");
        }
        return m.group(1).getBytes(StandardCharsets.ISO_8859_1);
    }

    public List<DocumentDto> list(String claimId) {
        UUID claim = DocumentCaller.id(claimId, "claim");
        return access.onClaim(claim, callers.customerOrStaff()).stream().map(DocumentDto::of).toList();
    }
}
