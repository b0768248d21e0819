package eu.flightclaim.api.input;

import eu.flightclaim.api.problem.ApiProblem;
import eu.flightclaim.api.problem.ProblemType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;

/**
 * A body in a character set the server does not know would fail deep inside the body reader: it is
 * a 415 before anything reads it. JSON bodies must be UTF-8 (RFC 8259), whatever charset they name.
 */
@Provider
@PreMatching
public class CharsetCheck implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        String charset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset == null) {
            return;
        }
        boolean known;
        try {
            known = Charset.isSupported(charset.trim());
        } catch (IllegalCharsetNameException e) {
            known = false;
        }
        if (!known || JsonBodyCheck.isJson(type) && !Charset.forName(charset.trim()).equals(StandardCharsets.UTF_8)) {
            throw new ApiProblem(ProblemType.UNSUPPORTED_MEDIA_TYPE, "The body's charset '" + charset + "' is not"
                    + " supported; send " + (JsonBodyCheck.isJson(type) ? "JSON as UTF-8." : "UTF-8."));
        }
    }
}
