package eu.flightclaim.files.domain.model.document;

import jakarta.ejb.ApplicationException;

/**
 * An upload the rules refuse, with why; the API maps each reason to its status (400, 413, 415, 422).
 * {@code INCOMPLETE}: the request body broke off or was malformed before the file ended.
 * An application exception: callers get it as it is, not wrapped in an {@code EJBException}.
 */
@ApplicationException(rollback = true)
public class UploadRejected extends RuntimeException {

    public enum Reason { TOO_LARGE, OVER_QUOTA, TYPE_NOT_ALLOWED, TOO_MANY_PAGES, UNREADABLE, UNKNOWN_DOCUMENT_TYPE, INCOMPLETE }

    private final Reason reason;

    public UploadRejected(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
