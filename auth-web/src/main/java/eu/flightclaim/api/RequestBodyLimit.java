package eu.flightclaim.api;

import eu.flightclaim.api.problem.ApiProblem;
import eu.flightclaim.api.problem.Problem;
import eu.flightclaim.api.problem.ProblemType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * JSON bodies are limited to 64 KiB: over it by Content-Length is a 413 before anything is parsed;
 * a body without a length (chunked) is cut off with a 413 the moment it passes the limit.
 * Document uploads (multipart) have their own limits.
 *
 * <p>A client that sends its whole body before reading the answer (no {@code Expect:
 * 100-continue}) would wait forever on a server that stops reading: an oversized body of up to
 * 1 MiB is read and dropped before answering; beyond that an HTTP/1.1 answer closes the
 * connection (HTTP/2 resets the stream by itself and forbids the header).
 */
@Provider
@PreMatching
public class RequestBodyLimit implements ContainerRequestFilter {

    public static final int MAX_JSON_BYTES = 64 * 1024;
    private static final int MAX_DRAINED_BYTES = 1024 * 1024;

    @Context
    private HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type == null || !(type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
            return;
        }
        int length = request.getLength();
        if (length > MAX_JSON_BYTES) {
            boolean drained = length <= MAX_DRAINED_BYTES && drain(request.getEntityStream());
            boolean http1 = servletRequest != null && servletRequest.getProtocol().startsWith("HTTP/1");
            request.abortWith(tooLarge(request.getUriInfo().getRequestUri().getPath(), !drained && http1));
            return;
        }
        request.setEntityStream(new Limited(request.getEntityStream()));
    }

    static Response tooLarge(String path, boolean closeConnection) {
        Problem p = new Problem(ProblemType.PAYLOAD_TOO_LARGE, detail(), path);
        Response.ResponseBuilder r = Response.status(413).type(Problem.MEDIA_TYPE).entity(p);
        return closeConnection ? r.header("Connection", "close").build() : r.build();
    }

    private static boolean drain(InputStream in) {
        try {
            in.transferTo(OutputStream.nullOutputStream());
            return true;
        } catch (IOException e) {
            return false;
        }
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

        private void add(long n) throws IOException {
            count += n;
            if (count > MAX_JSON_BYTES) {
                // read what is left (up to 1 MiB) so the client gets to read the answer
                byte[] skip = new byte[8192];
                long left = MAX_DRAINED_BYTES - count;
                int r;
                while (left > 0 && (r = in.read(skip, 0, (int) Math.min(skip.length, left))) > 0) {
                    left -= r;
                }
                throw new ApiProblem(ProblemType.PAYLOAD_TOO_LARGE, detail());
            }
        }
    }
}
