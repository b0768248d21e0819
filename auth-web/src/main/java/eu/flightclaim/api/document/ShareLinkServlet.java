package eu.flightclaim.api.document;

import eu.flightclaim.files.application.DocumentConflictException;
import eu.flightclaim.files.application.DocumentService;
import eu.flightclaim.files.application.ShareLinks;
import eu.flightclaim.files.domain.model.document.Document;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * {@code /share/{token}}: what a third party opens. A link without a password downloads at once;
 * with one, GET shows a small form and the POST downloads. Refusals are plain pages that say no
 * more than needed (an unknown and a revoked link look the same).
 */
@WebServlet("/share/*")
public class ShareLinkServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient ShareLinks links;
    @EJB
    private transient DocumentService documents;

    /** The link's address: FC_PUBLIC_BASE_URL when set, else the address the API was called on. */
    static String url(HttpServletRequest request, String token) {
        String base = ConfigProvider.getConfig().getOptionalValue("FC_PUBLIC_BASE_URL", String.class)
                .orElse(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort());
        return base.replaceAll("/+$", "") + request.getContextPath() + "/share/" + token;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        handle(req, resp, null);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String password = req.getParameter("password");
        handle(req, resp, password == null ? "" : password);
    }

    private void handle(HttpServletRequest req, HttpServletResponse resp, String password) throws IOException {
        resp.setHeader("Cache-Control", "no-store");
        resp.setHeader("Referrer-Policy", "no-referrer");
        resp.setHeader("X-Robots-Tag", "noindex");
        String token = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        DocumentService.Actor visitor = new DocumentService.Actor("share-link", req.getRemoteAddr(),
                req.getHeader("User-Agent"));
        ShareLinks.Visit visit;
        try {
            visit = links.visit(token, password, visitor);
        } catch (RuntimeException e) {
            if (e instanceof DocumentConflictException || e.getCause() instanceof DocumentConflictException) {
                page(resp, 409, "This document is not available at the moment.", false);
                return;
            }
            throw e;
        }
        switch (visit.outcome()) {
            case OK -> send(resp, visit.document(), visitor);
            case PASSWORD_REQUIRED -> page(resp, 200, "This document is protected by a password.", true);
            case WRONG_PASSWORD -> page(resp, 401, "That password is not right.", true);
            case LOCKED -> page(resp, 429, "Too many wrong passwords: ask the sender for a new link.", false);
            case EXPIRED -> page(resp, 410, "This link has expired: ask the sender for a new one.", false);
            default -> page(resp, 404, "There is no document at this link.", false);
        }
    }

    private void send(HttpServletResponse resp, Document doc, DocumentService.Actor visitor) throws IOException {
        DocumentService.Content content = documents.open(doc, 0, null, visitor);
        resp.setContentType(doc.contentType());
        resp.setContentLengthLong(content.length());
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(doc.originalName(), StandardCharsets.UTF_8).replace("+", "%20"));
        try (InputStream in = content.stream()) {
            in.transferTo(resp.getOutputStream());
        }
    }

    private static void page(HttpServletResponse resp, int status, String message, boolean form) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/html;charset=UTF-8");
        resp.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Flight Claim"
                + " document</title></head><body style=\"font-family: Arial, sans-serif; max-width: 480px; margin: 40px"
                + " auto;\"><h1 style=\"font-size: 20px;\">Flight Claim document</h1><p>" + message + "</p>"
                + (form ? "<form method=\"post\"><label>Password <input type=\"password\" name=\"password\""
                        + " autocomplete=\"off\" required></label> <button type=\"submit\">Download</button></form>" : "")
                + "</body></html>");
    }
}
