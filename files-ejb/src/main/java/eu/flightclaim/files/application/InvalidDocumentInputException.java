package eu.flightclaim.files.application;

import jakarta.ejb.ApplicationException;

/** A document request with a field that is wrong (400, naming the field). */
@ApplicationException(rollback = true)
public class InvalidDocumentInputException extends RuntimeException {

    private final String field;

    public InvalidDocumentInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
