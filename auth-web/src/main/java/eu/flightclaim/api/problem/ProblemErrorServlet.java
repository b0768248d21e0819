package eu.flightclaim.api.problem;

import eu.flightclaim.claims.application.system.RequestIds;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The error page of this web module: errors the container answers before JAX-RS runs (a token
 * the MP-JWT mechanism rejected, a path no servlet maps) get a problem+json body as well.
 */
@WebServlet("/problem")
public class ProblemErrorServlet extends HttpServlet {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Object code = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : HttpServletResponse.SC_NOT_FOUND;
        if (status == HttpServletResponse.SC_NOT_IMPLEMENTED) {
            status = HttpServletResponse.SC_METHOD_NOT_ALLOWED; // a method no servlet here takes (PATCH on a page)
        }
        String path = (String) req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Throwable error = (Throwable) req.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Problem problem;
        String requestId = (String) req.getAttribute(RequestIds.ATTRIBUTE);
        if (requestId != null) {
            resp.setHeader("X-Request-Id", requestId);
        }
        if (error != null) {
            Problem[] mapped = new Problem[1]; // the incident quotes the request's id: the filter has ended by now
            RequestIds.within(requestId, () -> mapped[0] = Problems.from(error, path));
            problem = mapped[0];
        } else {
            ProblemType type = ProblemType.forStatus(status);
            problem = new Problem(type, status, Problems.clientMessage(type), path);
        }
        resp.setStatus(problem.status);
        resp.setContentType(Problem.MEDIA_TYPE);
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Cache-Control", "no-store");
        if (problem.retryAfterSeconds != null) {
            resp.setHeader("Retry-After", Long.toString(problem.retryAfterSeconds));
        }
        if (status == HttpServletResponse.SC_UNAUTHORIZED && resp.getHeader("WWW-Authenticate") == null) {
            resp.setHeader("WWW-Authenticate", "Bearer");
        }
        resp.getWriter().write(JSON.toJson(problem));
    }
}
