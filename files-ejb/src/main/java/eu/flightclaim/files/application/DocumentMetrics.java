package eu.flightclaim.files.application;

import eu.flightclaim.files.domain.model.document.UploadRejected;

/** What the documents side counts for operators (Prometheus, through the server's {@code /metrics}): outcomes, never whose. */
public interface DocumentMetrics {

    enum UploadResult { STORED, DUPLICATE, REFUSED_TYPE, REFUSED_SIZE, REFUSED_RULE, REFUSED_QUOTA, INCOMPLETE, STORE_UNAVAILABLE }

    enum ScanResult { CLEAN, INFECTED, FAILED }

    /** {@code bytes}: the file's size when it was stored, else 0 (a refused upload is not read to its end). */
    void upload(UploadResult result, long bytes, long nanos);

    void scanned(ScanResult result);

    /** The result an upload refused for {@code reason} is counted under. */
    static UploadResult refused(UploadRejected.Reason reason) {
        return switch (reason) {
            case TOO_LARGE -> UploadResult.REFUSED_SIZE;
            case OVER_QUOTA -> UploadResult.REFUSED_QUOTA;
            case TYPE_NOT_ALLOWED, UNKNOWN_DOCUMENT_TYPE -> UploadResult.REFUSED_TYPE;
            case TOO_MANY_PAGES, UNREADABLE -> UploadResult.REFUSED_RULE;
            case INCOMPLETE -> UploadResult.INCOMPLETE;
        };
    }
}
