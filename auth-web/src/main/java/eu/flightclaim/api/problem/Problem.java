package eu.flightclaim.api.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.annotation.JsonbTransient;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}). */
@Schema(name = "Problem", description = "RFC 9457 problem details")
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors", "reasons", "allowed"})
public class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(description = "Stable URI naming the kind of problem", example = "https://flightclaim.eu/problems/not-found")
    public String type;
    @Schema(description = "Short summary of the kind of problem", example = "Not found")
    public String title;
    @Schema(description = "HTTP status", example = "404")
    public int status;
    @Schema(description = "What went wrong in this case, in words for a person", example = "No airport XYZ.")
    public String detail;
    @Schema(description = "The request path", example = "/api/v1/airports/XYZ")
    public String instance;
    /** The input fields at fault, for invalid-input problems */
    public List<FieldError> errors;
    /** For not-covered problems: why, in plain English */
    public List<String> reasons;
    /** For a refused claim transition: the statuses the claim may go to from where it is */
    public List<String> allowed;
    /** For 429: sent as the Retry-After header, not in the body. */
    @JsonbTransient
    @Schema(hidden = true)
    public Long retryAfterSeconds;

    /** One input field at fault. */
    @Schema(name = "FieldError")
    public static class FieldError {
        @Schema(example = "q")
        public String field;
        @Schema(example = "must have at least 2 characters")
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
