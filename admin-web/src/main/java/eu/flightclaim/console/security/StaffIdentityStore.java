package eu.flightclaim.console.security;

import eu.flightclaim.claims.application.StaffAccountService;
import eu.flightclaim.claims.application.AuthenticationFailedException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * The database identity store: staff accounts with Argon2id password hashes, lock-out and TOTP
 * (see StaffAccountService), roles as groups.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @EJB
    private StaffAccountService staff;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String totp = credential instanceof StaffCredential s ? s.getTotp() : null;
        try {
            var identity = staff.authenticate(login.getCaller(), login.getPasswordAsString(), totp);
            return new CredentialValidationResult(identity.email(), identity.groups());
        } catch (AuthenticationFailedException | EJBException refused) {
            return CredentialValidationResult.INVALID_RESULT;
        }
    }
}
