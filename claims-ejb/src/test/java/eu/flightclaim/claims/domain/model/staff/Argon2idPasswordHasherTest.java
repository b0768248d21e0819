package eu.flightclaim.claims.domain.model.staff;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Argon2idPasswordHasherTest {

    private final Argon2idPasswordHasher hasher = Argon2idPasswordHasher.DEFAULT;

    @Test
    void hashesInPhcFormWithTheParametersRecorded() {
        String hash = hasher.hash("correct horse battery staple");
        assertTrue(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), hash);
        assertTrue(hasher.verify("correct horse battery staple", hash));
        assertFalse(hasher.verify("correct horse battery stapler", hash));
    }

    @Test
    void saltsEveryHash() {
        assertNotEquals(hasher.hash("same password"), hasher.hash("same password"));
    }

    @Test
    void verifiesAHashMadeByTheReferenceImplementation() {
        // `echo -n password | argon2 somesaltsomesalt -id -t 2 -m 10 -p 1 -l 32 -e` (the argon2 CLI, phc-winner-argon2)
        String reference = "$argon2id$v=19$m=1024,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$CKGe5/bX9YnCq2rxjW5yQXKxn31v1GKzhDCrMc6r6vA";
        assertTrue(hasher.verify("password", reference));
        assertFalse(hasher.verify("Password", reference));
    }

    @Test
    void malformedOrMissingHashesNeverVerify() {
        assertFalse(hasher.verify("x", null));
        assertFalse(hasher.verify("x", ""));
        assertFalse(hasher.verify("x", "$2a$10$bcryptbcryptbcryptbcryptbcryptbcryptbcryptbcrypt"));
        assertFalse(hasher.verify(null, hasher.hash("x")));
    }

    @Test
    void weakerStoredParametersNeedARehash() {
        String weak = new Argon2idPasswordHasher(1024, 1, 1).hash("pw");
        assertTrue(hasher.needsRehash(weak));
        assertFalse(hasher.needsRehash(hasher.hash("pw")));
    }
}
