package eu.flightclaim.files.domain.model.share;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SharePasswordsTest {

    @Test
    void verifiesTheRightPasswordOnlyAndSaltsEachHash() {
        String hash = SharePasswords.hash("lawyer-access-2026");
        assertTrue(hash.startsWith("pbkdf2-sha256$600000$"));
        assertTrue(SharePasswords.verify("lawyer-access-2026", hash));
        assertFalse(SharePasswords.verify("lawyer-access-2027", hash));
        assertFalse(SharePasswords.verify(null, hash));
        assertFalse(SharePasswords.verify("x", "garbage"));
        assertNotEquals(hash, SharePasswords.hash("lawyer-access-2026"));
    }
}
