package eu.flightclaim.api.problem;

import eu.flightclaim.claims.application.system.RequestIds;
import eu.flightclaim.claims.application.identity.AuthenticationFailedException;
import eu.flightclaim.claims.application.InvalidInputException;
import eu.flightclaim.claims.application.NotFoundException;
import eu.flightclaim.claims.application.identity.RateLimitedException;
import eu.flightclaim.claims.application.SqlStates;
import eu.flightclaim.claims.application.StateConflictException;
import eu.flightclaim.claims.application.claim.UnprocessableClaimException;
import eu.flightclaim.files.application.DocumentConflictException;
import eu.flightclaim.files.application.DocumentNotFoundException;
import eu.flightclaim.files.application.InvalidDocumentInputException;
import eu.flightclaim.files.application.StorageUnavailableException;
import eu.flightclaim.files.domain.model.document.UploadRejected;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
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
                case INCOMPLETE -> ProblemType.MALFORMED_REQUEST;
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
            problem.retryAfterSeconds = c.retryAfterSeconds();
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
        Problem refused = fromDatabase(e, path);
        if (refused != null) {
            return refused;
        }
        String incident = RequestIds.currentOrNew(); // the request's id: its log line and X-Request-Id say the same
        LOG.log(Level.SEVERE, "Incident " + incident + " on " + path, e);
        return new Problem(ProblemType.INTERNAL_ERROR,
                "Something went wrong on our side. Quote incident " + incident + " if you contact support.", path);
    }

    /**
     * What the database refused because of the request (a row changed meanwhile, a key taken, a
     * value it cannot store) or because it is not there: found anywhere in the cause chain, by
     * exception type and SQLSTATE, so that no driver class is needed here. Not a 500: the client can
     * act on each (reload, retry, fix the value, wait).
     */
    static Problem fromDatabase(Throwable e, String path) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof OptimisticLockException) {
                return retryable(ProblemType.CONFLICT, "Someone else changed this at the same time; load it again and"
                        + " repeat your change.", path, null);
            }
        }
        String state = SqlStates.of(e);
        if (state == null) {
            return null;
        }
        Problem p = switch (state) {
            case SqlStates.UNIQUE_VIOLATION -> retryable(ProblemType.CONFLICT,
                    "This conflicts with a record that exists already (another request made it).", path, null);
            case SqlStates.SERIALIZATION_FAILURE, SqlStates.DEADLOCK_DETECTED, SqlStates.LOCK_NOT_AVAILABLE ->
                    retryable(ProblemType.CONFLICT, "Another change to the same data ran at the same time; try again.",
                            path, 1L);
            case SqlStates.STRING_TOO_LONG -> new Problem(ProblemType.INVALID_INPUT, "A value is longer than allowed.", path);
            case SqlStates.NUMBER_OUT_OF_RANGE -> new Problem(ProblemType.INVALID_INPUT, "A number is out of range.", path);
            case SqlStates.INVALID_DATETIME, SqlStates.DATETIME_OUT_OF_RANGE -> new Problem(ProblemType.INVALID_INPUT,
                    "A date or time is out of range.", path);
            case SqlStates.CHARACTER_NOT_IN_REPERTOIRE, SqlStates.UNTRANSLATABLE_CHARACTER -> new Problem(
                    ProblemType.INVALID_INPUT, "A value holds characters that cannot be stored.", path);
            case SqlStates.QUERY_CANCELED -> retryable(ProblemType.SERVICE_UNAVAILABLE,
                    "The request took too long; try again.", path, 5L);
            default -> state.startsWith(SqlStates.CONNECTION_EXCEPTION_CLASS) ? retryable(
                    ProblemType.SERVICE_UNAVAILABLE, "The database cannot be reached; try again in a minute.", path, 30L)
                    : null;
        };
        if (p != null) {
            // a data exception means a check at the edge is missing: visible in the log, not to the client
            LOG.log(state.startsWith("22") ? Level.WARNING : Level.FINE, "Database refused a request to " + path
                    + " (SQLSTATE " + state + ")", e);
        }
        return p;
    }

    private static Problem retryable(ProblemType type, String detail, String path, Long retryAfterSeconds) {
        Problem p = new Problem(type, detail, path);
        p.retryAfterSeconds = retryAfterSeconds;
        return p;
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
