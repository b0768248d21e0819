package eu.flightclaim.api;

import eu.flightclaim.api.problem.Problem;
import eu.flightclaim.api.problem.ProblemType;
import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;

/**
 * Enforces {@code @RolesAllowed}, {@code @DenyAll} and {@code @PermitAll} on resource methods and
 * classes. Payara registers an equivalent feature only when it finds the MP-JWT web module while
 * JAX-RS starts, which in an EAR with two WARs depends on start-up order: this one is always there,
 * answering 401 without a caller and 403 with the wrong roles, as problem+json.
 */
@Provider
public class RolesAllowedFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        String[] roles = rolesAllowed(resource.getResourceMethod(), resource.getResourceClass());
        if (roles != null) {
            context.register(new Check(roles));
        }
    }

    /**
     * The roles that may call a resource method: none for {@code @DenyAll}, null when no role is checked
     * ({@code @PermitAll}, or no {@code @RolesAllowed} on the method or its class). The OpenAPI filter
     * documents a 403 from the same answer.
     */
    public static String[] rolesAllowed(Method method, Class<?> resourceClass) {
        if (method.isAnnotationPresent(DenyAll.class)) {
            return new String[0];
        }
        if (method.isAnnotationPresent(PermitAll.class)) {
            return null;
        }
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (roles == null && !resourceClass.isAnnotationPresent(PermitAll.class)) {
            roles = resourceClass.getAnnotation(RolesAllowed.class);
        }
        return roles == null ? null : roles.value();
    }

    /** Lets the request through when the caller has one of the roles. */
    @Priority(Priorities.AUTHORIZATION)
    static final class Check implements ContainerRequestFilter {

        private final String[] roles;

        Check(String[] roles) {
            this.roles = roles;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            SecurityContext security = request.getSecurityContext();
            String path = request.getUriInfo().getRequestUri().getPath();
            if (security.getUserPrincipal() == null) {
                request.abortWith(problem(new Problem(ProblemType.UNAUTHORIZED, "A valid bearer token is required.", path))
                        .header("WWW-Authenticate", "Bearer").build());
                return;
            }
            for (String role : roles) {
                if (security.isUserInRole(role)) {
                    return;
                }
            }
            request.abortWith(problem(new Problem(ProblemType.FORBIDDEN, "Your account may not do this.", path)).build());
        }

        private static Response.ResponseBuilder problem(Problem p) {
            return Response.status(p.status).type(Problem.MEDIA_TYPE).entity(p);
        }
    }
}
