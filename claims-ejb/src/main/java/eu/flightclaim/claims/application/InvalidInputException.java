package eu.flightclaim.claims.application;

import jakarta.ejb.ApplicationException;

/** The caller asked for something malformed; the message says what, in words a user understands. */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The input field at fault, or null when it is the request as a whole. */
    public String getField() {
        return field;
    }
}
