package eu.flightclaim.files.application;

import jakarta.ejb.ApplicationException;
import java.util.UUID;

/** No such document for this caller (someone else's is not found either). */
@ApplicationException(rollback = true)
public class DocumentNotFoundException extends RuntimeException {

    public DocumentNotFoundException(UUID id) {
        super("No document " + id + ".");
    }

    public DocumentNotFoundException(String what, String id) {
        super("No " + what + " " + id + ".");
    }
}
