package eu.flightclaim.console.document;

import eu.flightclaim.files.application.DocumentConflictException;
import eu.flightclaim.files.application.DocumentNotFoundException;
import eu.flightclaim.files.application.DocumentService;
import eu.flightclaim.files.application.StorageUnavailableException;
import eu.flightclaim.files.domain.model.document.Document;
import eu.flightclaim.files.domain.model.document.FileNames;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Set;
import java.util.UUID;

/**
 * A document's content for the console: {@code /documents/content/{id}} downloads it,
 * {@code ?inline=true} shows images and PDFs in the claim page's preview. Staff only (web.xml);
 * every read is in the document's access log; content waiting for or failing a scan is refused.
 */
@WebServlet("/documents/content/*")
public class DocumentContentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** Types a browser renders without running anything of the file's. */
    static final Set<String> PREVIEWABLE = Set.of("application/pdf", "image/jpeg", "image/png");

    @EJB
    private DocumentService documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UUID id;
        try {
            id = UUID.fromString(request.getPathInfo() == null ? "" : request.getPathInfo().substring(1));
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        DocumentService.Actor actor = new DocumentService.Actor(request.getRemoteUser(), request.getRemoteAddr(),
                request.getHeader("User-Agent"));
        Document doc;
        DocumentService.Content content;
        try {
            doc = documents.find(id);
            documents.checkServable(doc);
            content = documents.open(doc, 0, null, actor);
        } catch (DocumentNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (DocumentConflictException e) {
            documents.denied(id, "DOWNLOAD", actor);
            response.sendError(HttpServletResponse.SC_CONFLICT, e.getMessage());
            return;
        } catch (StorageUnavailableException e) {
            response.setHeader("Retry-After", "30");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, e.getMessage());
            return;
        }
        boolean inline = "true".equals(request.getParameter("inline")) && PREVIEWABLE.contains(doc.contentType());
        response.setContentType(doc.contentType());
        response.setContentLengthLong(content.length());
        response.setHeader("Content-Disposition", FileNames.contentDisposition(inline ? "inline" : "attachment",
                doc.originalName()));
        if (!"application/pdf".equals(doc.contentType())) {
            // nothing in the file runs with our origin (Chrome's PDF viewer refuses sandboxed frames, so not for PDFs)
            response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'");
        }
        try (InputStream in = content.stream(); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }
}
