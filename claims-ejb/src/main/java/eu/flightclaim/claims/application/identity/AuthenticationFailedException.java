package eu.flightclaim.claims.application.identity;

import jakarta.ejb.ApplicationException;

/**
 * A credential was refused. One message for every cause (unknown, expired, already used), so an
 * answer never tells an attacker which. Does not roll back: a detected refresh-token reuse must
 * commit the revocation of the session it belongs to.
 */
@ApplicationException(rollback = false)
public class AuthenticationFailedException extends RuntimeException {

    public AuthenticationFailedException(String message) {
        super(message, null, false, false);
    }
}
