package eu.flightclaim.api.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Every exception a resource lets out becomes an RFC 9457 problem. */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable exception) {
        Problem problem = Problems.from(exception, "/" + uriInfo.getPath(false).replaceFirst("^/", ""));
        problem.instance = uriInfo.getBaseUri().getPath().replaceFirst("/$", "") + problem.instance;
        Response.ResponseBuilder response = Response.status(problem.status).type(Problem.MEDIA_TYPE).entity(problem);
        if (problem.status == Response.Status.UNAUTHORIZED.getStatusCode()) {
            response.header("WWW-Authenticate", "Bearer");
        }
        if (problem.retryAfterSeconds != null) {
            response.header("Retry-After", problem.retryAfterSeconds);
        }
        return response.build();
    }
}
