package eu.flightclaim.claims.application.identity;

import eu.flightclaim.claims.domain.model.identity.FieldCipher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The old name of {@link FieldEncryptionKeys}, until the claim services use the new one; then delete. */
@Deprecated(forRemoval = true)
@ApplicationScoped
public class DataKeys {

    @Inject
    private FieldEncryptionKeys keys;

    public FieldCipher cipher() {
        return keys.cipher();
    }
}
