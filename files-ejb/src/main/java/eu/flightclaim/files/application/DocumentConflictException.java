package eu.flightclaim.files.application;

import jakarta.ejb.ApplicationException;

/** The document is not in a state that allows this (409). */
@ApplicationException(rollback = true)
public class DocumentConflictException extends RuntimeException {

    public DocumentConflictException(String message) {
        super(message);
    }
}
