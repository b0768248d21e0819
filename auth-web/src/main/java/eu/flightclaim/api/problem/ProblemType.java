package eu.flightclaim.api.problem;

import java.util.Arrays;

/** The stable problem types of the API; clients switch on {@link #uri()}. */
public enum ProblemType {
    INVALID_INPUT("invalid-input", "The request has invalid input", 400),
    MALFORMED_REQUEST("malformed-request", "The request body could not be read", 400),
    UNAUTHORIZED("unauthorized", "Authentication is required", 401),
    FORBIDDEN("forbidden", "Not allowed", 403),
    NOT_FOUND("not-found", "Not found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "No acceptable representation", 406),
    CONFLICT("conflict", "Conflict with the current state", 409),
    PAYLOAD_TOO_LARGE("payload-too-large", "Payload too large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    RANGE_NOT_SATISFIABLE("range-not-satisfiable", "Range not satisfiable", 416),
    NOT_COVERED("not-covered", "The request cannot be processed", 422),
    DOCUMENT_REJECTED("document-rejected", "The document does not meet the rules for its type", 422),
    TOO_MANY_REQUESTS("too-many-requests", "Too many requests", 429),
    SERVICE_UNAVAILABLE("service-unavailable", "Service temporarily unavailable", 503),
    INTERNAL_ERROR("internal-error", "Internal error", 500),
    HTTP_ERROR("http-error", "Request failed", 400);

    public static final String BASE_URI = "https://flightclaim.eu/problems/";

    private final String slug;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public String uri() {
        return BASE_URI + slug;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    /** The type that goes with an HTTP status the container or JAX-RS produced. */
    public static ProblemType forStatus(int status) {
        return Arrays.stream(values()).filter(t -> t.status == status && t != HTTP_ERROR && t != MALFORMED_REQUEST)
                .findFirst().orElse(status >= 500 ? INTERNAL_ERROR : HTTP_ERROR);
    }
}
