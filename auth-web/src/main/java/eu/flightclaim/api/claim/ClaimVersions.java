package eu.flightclaim.api.claim;

import eu.flightclaim.api.problem.ApiProblem;
import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic locking over HTTP: a claim's representation carries its version as the ETag, and a
 * change sent with {@code If-Match} applies only to that version (else 409 conflict).
 */
public final class ClaimVersions {

    private ClaimVersions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version an If-Match header names ({@code "3"}, {@code W/"3"} or {@code 3}); null without one. */
    public static Long ifMatch(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return null;
        }
        String v = header.trim();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw ApiProblem.invalid("If-Match", "'" + header + "' is not a claim version (the ETag of the claim, e.g. \"3\")");
        }
    }
}
