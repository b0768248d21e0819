package eu.flightclaim.files.domain.model.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.GeneralSecurityException;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

/** Key-encryption keys: wrap with the active one, unwrap with any, rotate without touching content. */
class KeyEncryptionKeysTest {

    @Test
    void wrapsWithTheActiveKeyAndRewrapsAfterRotation() throws GeneralSecurityException {
        String k1 = KeyEncryptionKeys.generate("k1");
        String k2 = KeyEncryptionKeys.generate("k2");
        KeyEncryptionKeys before = KeyEncryptionKeys.parse(k1);
        SecretKey data = KeyEncryptionKeys.newDataKey();
        KeyEncryptionKeys.WrappedKey wrapped = before.wrap(data);
        assertEquals("k1", wrapped.kekId());
        assertEquals(40, wrapped.wrapped().length, "AES-KWP of 32 bytes");

        KeyEncryptionKeys after = KeyEncryptionKeys.parse(k2 + "," + k1); // k2 active, k1 still unwraps
        assertArrayEquals(data.getEncoded(), after.unwrap(wrapped).getEncoded());
        KeyEncryptionKeys.WrappedKey rewrapped = after.rewrap(wrapped);
        assertEquals("k2", rewrapped.kekId());
        assertArrayEquals(data.getEncoded(), KeyEncryptionKeys.parse(k2).unwrap(rewrapped).getEncoded());
        assertSame(rewrapped, after.rewrap(rewrapped));
    }

    @Test
    void unknownKeysTamperedWrapsAndBadConfigurationAreRefused() {
        KeyEncryptionKeys keys = KeyEncryptionKeys.parse(KeyEncryptionKeys.generate("k1"));
        KeyEncryptionKeys.WrappedKey wrapped = keys.wrap(KeyEncryptionKeys.newDataKey());
        assertThrows(GeneralSecurityException.class, () -> keys.unwrap(new KeyEncryptionKeys.WrappedKey("k9",
                wrapped.wrapped())));
        byte[] bad = wrapped.wrapped().clone();
        bad[3] ^= 1;
        assertThrows(GeneralSecurityException.class, () -> keys.unwrap(new KeyEncryptionKeys.WrappedKey("k1", bad)));
        assertThrows(IllegalArgumentException.class, () -> KeyEncryptionKeys.parse(""));
        assertThrows(IllegalArgumentException.class, () -> KeyEncryptionKeys.parse("k1:c2hvcnQ="));
        assertThrows(IllegalArgumentException.class, () -> KeyEncryptionKeys.parse("no-id-here"));
        String k = KeyEncryptionKeys.generate("k1");
        assertThrows(IllegalArgumentException.class, () -> KeyEncryptionKeys.parse(k + "," + k));
    }
}
