package eu.flightclaim.api;

import eu.flightclaim.api.problem.ApiProblem;
import eu.flightclaim.api.problem.Problem;
import eu.flightclaim.api.problem.ProblemType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * JSON bodies are limited to 64 KiB: over it by Content-Length is a 413 before anything is read;
 * a body without a length (chunked) is cut off with a 413 the moment it passes the limit.
 * Document uploads (multipart) have their own limits.
 */
@Provider
@PreMatching
public class RequestBodyLimit implements ContainerRequestFilter {

    public static final int MAX_JSON_BYTES = 64 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type == null || !(type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
            return;
        }
        if (request.getLength() > MAX_JSON_BYTES) {
            request.abortWith(tooLarge(request.getUriInfo().getRequestUri().getPath()));
            return;
        }
        request.setEntityStream(new Limited(request.getEntityStream()));
    }

    private static Response tooLarge(String path) {
        Problem p = new Problem(ProblemType.PAYLOAD_TOO_LARGE, detail(), path);
        return Response.status(413).type(Problem.MEDIA_TYPE).entity(p).build();
    }

    private static String detail() {
        return "The JSON body is larger than " + MAX_JSON_BYTES / 1024 + " KiB.";
    }

    /** Counts what is read and stops at the limit. */
    private static final class Limited extends FilterInputStream {
        private long count;

        Limited(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(long n) {
            count += n;
            if (count > MAX_JSON_BYTES) {
                throw new ApiProblem(ProblemType.PAYLOAD_TOO_LARGE, detail());
            }
        }
    }
}
