package eu.flightclaim.files.domain.model.document;

/**
 * An upload the rules refuse, with why; the API maps each reason to its status (400, 413, 415, 422).
 * {@code INCOMPLETE}: the request body broke off or was malformed before the file ended.
 */
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
