package eu.flightclaim.console.security;

import eu.flightclaim.claims.application.StaffAccountService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/** The database identity store: staff accounts with Argon2id password hashes, roles as groups. */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @EJB
    private StaffAccountService staff;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return staff.verifyCredentials(login.getCaller(), login.getPasswordAsString())
                .map(identity -> new CredentialValidationResult(identity.email(), identity.roles()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
