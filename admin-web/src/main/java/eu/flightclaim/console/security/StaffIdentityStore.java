package eu.flightclaim.console.security;

import eu.flightclaim.claims.application.identity.StaffAccountService;
import eu.flightclaim.claims.application.identity.AuthenticationFailedException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The database identity store: staff accounts with Argon2id password hashes, lock-out and TOTP
 * (see StaffAccountService), roles as groups.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(StaffIdentityStore.class.getName());

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
        } catch (AuthenticationFailedException refused) {
            return CredentialValidationResult.INVALID_RESULT;
        } catch (EJBException broken) {
            // not a wrong password: the database or the service failed; the person sees the same refusal
            LOG.log(Level.WARNING, "Staff sign-in could not be checked", broken);
            return CredentialValidationResult.INVALID_RESULT;
        }
    }
}
