package eu.flightclaim.claims.application;

import jakarta.ejb.ApplicationException;

/** The request is well-formed but the thing it acts on is not in a state that allows it. */
@ApplicationException(rollback = true)
public class StateConflictException extends RuntimeException {

    public StateConflictException(String message) {
        super(message);
    }
}
