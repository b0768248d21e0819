package eu.flightclaim.claims.application;

import jakarta.ejb.ApplicationException;

/** The thing asked for does not exist (or the caller may not know that it does). */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    private final String kind;

    public NotFoundException(String kind, Object id) {
        super("No " + kind + " " + id + ".");
        this.kind = kind;
    }

    public String getKind() {
        return kind;
    }
}
