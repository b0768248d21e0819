package eu.flightclaim.api.problem;

import eu.flightclaim.claims.application.AuthenticationFailedException;
import eu.flightclaim.claims.application.InvalidInputException;
import eu.flightclaim.claims.application.NotFoundException;
import eu.flightclaim.claims.application.RateLimitedException;
import eu.flightclaim.claims.application.StateConflictException;
import eu.flightclaim.claims.application.UnprocessableClaimException;
import eu.flightclaim.files.application.DocumentConflictException;
import eu.flightclaim.files.application.DocumentNotFoundException;
import eu.flightclaim.files.application.InvalidDocumentInputException;
import eu.flightclaim.files.application.StorageUnavailableException;
import eu.flightclaim.files.domain.model.document.UploadRejected;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns any exception into a problem. Expected failures say what went wrong; anything else is
 * logged with an incident id and answered with that id only: no stack trace reaches a client.
 */
public final class Problems {

    private static final Logger LOG = Logger.getLogger(Problems.class.getName());

    private Problems() {
    }

    public static Problem from(Throwable e, String path) {
        Throwable t = unwrap(e);
        if (t instanceof ApiProblem p) {
            Problem problem = new Problem(p.type(), p.getMessage(), path);
            problem.errors = p.errors();
            return problem;
        }
        if (t instanceof InvalidInputException i) {
            Problem problem = new Problem(ProblemType.INVALID_INPUT, i.getMessage(), path);
            problem.errors = i.getErrors().stream().filter(f -> f.field() != null)
                    .map(f -> new Problem.FieldError(f.field(), f.message())).toList();
            return problem;
        }
        if (t instanceof UnprocessableClaimException u) {
            Problem problem = new Problem(ProblemType.NOT_COVERED, u.getMessage(), path);
            problem.reasons = u.reasons();
            return problem;
        }
        if (t instanceof RateLimitedException r) {
            Problem problem = new Problem(ProblemType.TOO_MANY_REQUESTS, r.getMessage() + " Try again in "
                    + Math.max(1, r.retryAfter().toMinutes()) + " minute(s).", path);
            problem.retryAfterSeconds = r.retryAfter().toSeconds();
            return problem;
        }
        if (t instanceof AuthenticationFailedException) {
            return new Problem(ProblemType.UNAUTHORIZED, t.getMessage(), path);
        }
        if (t instanceof UploadRejected u) {
            return new Problem(switch (u.reason()) {
                case TOO_LARGE, OVER_QUOTA -> ProblemType.PAYLOAD_TOO_LARGE;
                case TYPE_NOT_ALLOWED -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
                case UNKNOWN_DOCUMENT_TYPE -> ProblemType.INVALID_INPUT;
                case TOO_MANY_PAGES, UNREADABLE -> ProblemType.DOCUMENT_REJECTED;
            }, u.getMessage(), path);
        }
        if (t instanceof InvalidDocumentInputException i) {
            Problem problem = new Problem(ProblemType.INVALID_INPUT, i.getMessage(), path);
            problem.errors = List.of(new Problem.FieldError(i.field(), i.getMessage()));
            return problem;
        }
        if (t instanceof DocumentConflictException) {
            return new Problem(ProblemType.CONFLICT, t.getMessage(), path);
        }
        if (t instanceof StorageUnavailableException s) {
            Problem problem = new Problem(ProblemType.SERVICE_UNAVAILABLE, t.getMessage(), path);
            problem.retryAfterSeconds = s.retryAfterSeconds();
            return problem;
        }
        if (t instanceof NotFoundException || t instanceof DocumentNotFoundException) {
            return new Problem(ProblemType.NOT_FOUND, t.getMessage(), path);
        }
        if (t instanceof StateConflictException c) {
            Problem problem = new Problem(ProblemType.CONFLICT, c.getMessage(), path);
            problem.allowed = c.allowed();
            return problem;
        }
        if (t instanceof ConstraintViolationException cve) {
            Problem problem = new Problem(ProblemType.INVALID_INPUT, "Some fields are invalid.", path);
            problem.errors = cve.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldError(leaf(v.getPropertyPath().toString()), v.getMessage()))
                    .sorted((a, b) -> a.field.compareTo(b.field)).toList();
            return problem;
        }
        if (t instanceof JsonbException || t instanceof ProcessingException) {
            return new Problem(ProblemType.MALFORMED_REQUEST, clientMessage(ProblemType.MALFORMED_REQUEST), path);
        }
        if (t instanceof WebApplicationException w) {
            int status = w.getResponse().getStatus();
            if (status < 500) {
                ProblemType type = ProblemType.forStatus(status);
                if (status == 400 || w.getCause() instanceof JsonbException || w.getCause() instanceof ProcessingException) {
                    type = ProblemType.MALFORMED_REQUEST; // JAX-RS itself refused the body (empty, unreadable)
                }
                return new Problem(type, status, clientMessage(type), path);
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident + " on " + path, e);
        return new Problem(ProblemType.INTERNAL_ERROR,
                "Something went wrong on our side. Quote incident " + incident + " if you contact support.", path);
    }

    static String clientMessage(ProblemType type) {
        return switch (type) {
            case NOT_FOUND -> "There is nothing at this address.";
            case UNAUTHORIZED -> "A valid bearer token is required.";
            case FORBIDDEN -> "Your account may not do this.";
            case METHOD_NOT_ALLOWED -> "This address does not accept that method.";
            case NOT_ACCEPTABLE -> "This address cannot answer in the media type asked for.";
            case UNSUPPORTED_MEDIA_TYPE -> "This address does not accept that content type.";
            case MALFORMED_REQUEST -> "The request body is missing or not valid JSON for this endpoint.";
            default -> type.title() + ".";
        };
    }

    private static Throwable unwrap(Throwable e) {
        for (Throwable c = e; c != null && c.getCause() != c; c = c.getCause()) {
            if (c instanceof ApiProblem) {
                return c; // e.g. the body limit, thrown inside the JSON reader and wrapped by it
            }
        }
        Throwable t = e;
        while (t instanceof EJBException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static String leaf(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
