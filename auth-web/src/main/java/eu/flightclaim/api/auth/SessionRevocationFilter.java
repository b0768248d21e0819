package eu.flightclaim.api.auth;

import eu.flightclaim.api.problem.Problem;
import eu.flightclaim.api.problem.ProblemType;
import eu.flightclaim.claims.application.identity.SessionRevocations;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** An access token whose session was revoked (logout, revoke, refresh-token theft) is refused. */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION + 1)
public class SessionRevocationFilter implements ContainerRequestFilter {

    @Inject
    private SessionRevocations revocations;

    @Override
    public void filter(ContainerRequestContext request) {
        Principal principal = request.getSecurityContext().getUserPrincipal();
        if (!(principal instanceof JsonWebToken jwt) || jwt.getClaim("sid") == null) {
            return; // tokens from outside our sign-in (no session) are checked by MP-JWT alone
        }
        UUID session;
        try {
            session = UUID.fromString(jwt.getClaim("sid").toString().replace("\"", ""));
        } catch (IllegalArgumentException e) {
            session = null;
        }
        if (session == null || revocations.isRevoked(session)) {
            Problem p = new Problem(ProblemType.UNAUTHORIZED, "This session has ended. Please sign in again.",
                    request.getUriInfo().getRequestUri().getPath());
            request.abortWith(Response.status(401).type(Problem.MEDIA_TYPE).header("WWW-Authenticate", "Bearer")
                    .entity(p).build());
        }
    }
}
