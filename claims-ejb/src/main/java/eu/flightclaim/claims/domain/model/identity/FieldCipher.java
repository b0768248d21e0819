package eu.flightclaim.claims.domain.model.identity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts small personal fields (an IBAN) with AES-256-GCM from the JDK under a named key, so keys
 * can rotate: {@code v1.<key id>.<base64url(nonce ‖ ciphertext ‖ tag)>}; the key id is also the
 * associated data, so a value cannot be moved under another key.
 */
public final class FieldCipher {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final String activeKeyId;
    private final Map<String, SecretKey> keys;

    /** @param keys every key that may have encrypted stored values; {@code activeKeyId} encrypts new ones */
    public FieldCipher(String activeKeyId, Map<String, SecretKey> keys) {
        if (!keys.containsKey(activeKeyId)) {
            throw new IllegalArgumentException("no key " + activeKeyId);
        }
        this.activeKeyId = activeKeyId;
        this.keys = Map.copyOf(keys);
    }

    public String encrypt(String plaintext) {
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, keys.get(activeKeyId), new GCMParameterSpec(128, nonce));
            c.updateAAD(activeKeyId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = c.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return "v1." + activeKeyId + "." + B64.encodeToString(ByteBuffer.allocate(12 + sealed.length).put(nonce)
                    .put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    public String decrypt(String stored) {
        String[] parts = stored.split("\\.", 3);
        if (parts.length != 3 || !"v1".equals(parts[0]) || !keys.containsKey(parts[1])) {
            throw new IllegalArgumentException("not a value this cipher can read (unknown format or key)");
        }
        byte[] all = Base64.getUrlDecoder().decode(parts[2]);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, keys.get(parts[1]), new GCMParameterSpec(128, all, 0, 12));
            c.updateAAD(parts[1].getBytes(StandardCharsets.UTF_8));
            return new String(c.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the value was changed or the key is wrong", e);
        }
    }
}
