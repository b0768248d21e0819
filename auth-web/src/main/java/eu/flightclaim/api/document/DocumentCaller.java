package eu.flightclaim.api.document;

import eu.flightclaim.api.PathIds;
import eu.flightclaim.api.CustomerCaller;
import eu.flightclaim.api.ApiRoles;
import eu.flightclaim.files.application.DocumentService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling a document endpoint: staff or which customer, and the access log's actor. */
@RequestScoped
public class DocumentCaller {

    private static final Set<String> STAFF = Set.of(ApiRoles.REVIEWER, ApiRoles.ADMIN, ApiRoles.SUPERADMIN);

    @Inject
    private JsonWebToken caller;
    @Inject
    private HttpServletRequest http;

    public boolean staff() {
        return caller.getGroups().stream().anyMatch(STAFF::contains);
    }

    public UUID customer() {
        return CustomerCaller.of(caller, "Documents belong to customer sign-ins or staff.");
    }

    /** The customer calling, or null for staff (who may act on any claim). */
    public UUID customerOrStaff() {
        return staff() ? null : customer();
    }

    public DocumentService.Actor actor() {
        return new DocumentService.Actor(caller.getName(), http.getRemoteAddr(), http.getHeader("User-Agent"));
    }

    public HttpServletRequest request() {
        return http;
    }

    static UUID id(String id, String what) {
        return PathIds.uuid(id, what);
    }
}
