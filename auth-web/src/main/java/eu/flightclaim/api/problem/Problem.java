package eu.flightclaim.api.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.annotation.JsonbTransient;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}). */
@Schema(name = "Problem", description = "RFC 9457 problem details")
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors", "reasons", "allowed"})
public class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(description = "A URI naming the kind of problem (RFC 9457 type): stable, so clients switch on it."
            + " https://flightclaim.eu/problems/ followed by invalid-input, malformed-request, unauthorized, forbidden,"
            + " not-found, method-not-allowed, not-acceptable, conflict, payload-too-large, unsupported-media-type,"
            + " range-not-satisfiable, not-covered, document-rejected, too-many-requests, service-unavailable,"
            + " internal-error or http-error (another 4xx)", example = "https://flightclaim.eu/problems/not-found")
    public String type;
    @Schema(description = "A short summary of the kind of problem (RFC 9457 title), in English; the same for every"
            + " problem of a type (detail says what went wrong in this case)", example = "Not found")
    public String title;
    @Schema(description = "The HTTP status code of this response (RFC 9457 status), repeated for convenience",
            example = "404")
    public int status;
    @Schema(description = "What went wrong in this case, in English words for a person (RFC 9457 detail); for an"
            + " internal error, only an incident id to quote to support",
            example = "No airport has the IATA code 'XYZ'.")
    public String detail;
    @Schema(description = "The path of the request that failed, without its query (RFC 9457 instance)",
            example = "/api/v1/airports/XYZ")
    public String instance;
    /** The input fields at fault, for invalid-input problems */
    @Schema(type = SchemaType.ARRAY, implementation = FieldError.class, description = "Extension member of"
            + " invalid-input problems: each input field at fault with what is wrong with it. Absent for other types,"
            + " and when the fault is not one field's (such as a value the database could not store)")
    public List<FieldError> errors;
    /** For not-covered problems: why, in plain English */
    @Schema(type = SchemaType.ARRAY, implementation = String.class, description = "Extension member of not-covered"
            + " problems (422): why the request cannot go ahead, such as why neither EU261 nor UK261 covers the"
            + " journey, one plain-English sentence each, for the person. Absent for other types")
    public List<String> reasons;
    /** For a refused claim transition: the statuses the claim may go to from where it is */
    @Schema(type = SchemaType.ARRAY, implementation = String.class, description = "Extension member of conflict"
            + " problems (409) for a refused claim status change: the statuses the caller may move the claim to from"
            + " its current one, in alphabetical order (empty when none). Absent for other conflicts and other types")
    public List<String> allowed;
    /** For 429: sent as the Retry-After header, not in the body. */
    @JsonbTransient
    @Schema(hidden = true)
    public Long retryAfterSeconds;

    /** One input field at fault. */
    @Schema(name = "FieldError")
    public static class FieldError {
        @Schema(description = "The input at fault: a query or path parameter, a property of the body (a dotted"
                + " path such as legs[0].flightNumber when nested; only the property's own name for a bean"
                + " validation failure), or body for the body as a whole", example = "q")
        public String field;
        @Schema(description = "What is wrong with it, in English words for a person",
                example = "must have at least 2 characters")
        public String message;

        public FieldError() {
        }

        public FieldError(String field, String message) {
            this.field = field;
            this.message = message;
        }
    }

    public Problem() {
    }

    public Problem(ProblemType type, String detail, String instance) {
        this(type, type.status(), detail, instance);
    }

    public Problem(ProblemType type, int status, String detail, String instance) {
        this.type = type.uri();
        this.title = type.title();
        this.status = status;
        this.detail = detail;
        this.instance = instance;
    }
}
