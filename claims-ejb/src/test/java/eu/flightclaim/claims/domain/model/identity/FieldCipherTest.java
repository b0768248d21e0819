package eu.flightclaim.claims.domain.model.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

class FieldCipherTest {

    private static SecretKey key() throws Exception {
        KeyGenerator g = KeyGenerator.getInstance("AES");
        g.init(256);
        return g.generateKey();
    }

    @Test
    void roundTripsAndNeverRepeatsACiphertext() throws Exception {
        FieldCipher cipher = new FieldCipher("k1", Map.of("k1", key()));
        String a = cipher.encrypt("DE89370400440532013000");
        assertTrue(a.startsWith("v1.k1."));
        assertNotEquals(a, cipher.encrypt("DE89370400440532013000"));
        assertEquals("DE89370400440532013000", cipher.decrypt(a));
    }

    @Test
    void oldValuesStayReadableAfterARotation() throws Exception {
        SecretKey k1 = key();
        String old = new FieldCipher("k1", Map.of("k1", k1)).encrypt("secret");
        FieldCipher rotated = new FieldCipher("k2", Map.of("k1", k1, "k2", key()));
        assertEquals("secret", rotated.decrypt(old));
        assertTrue(rotated.encrypt("secret").startsWith("v1.k2."));
    }

    @Test
    void aChangedValueOrAKeySwapIsRefused() throws Exception {
        FieldCipher cipher = new FieldCipher("k1", Map.of("k1", key(), "k2", key()));
        String v = cipher.encrypt("secret");
        String tampered = v.substring(0, v.length() - 2) + (v.endsWith("A") ? "BB" : "AA");
        assertThrows(IllegalArgumentException.class, () -> cipher.decrypt(tampered));
        assertThrows(IllegalArgumentException.class, () -> cipher.decrypt(v.replace("v1.k1.", "v1.k2.")));
        assertThrows(IllegalArgumentException.class, () -> cipher.decrypt("plain text"));
    }
}
