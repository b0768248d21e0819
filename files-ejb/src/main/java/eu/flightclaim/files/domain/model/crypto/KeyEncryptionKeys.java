package eu.flightclaim.files.domain.model.crypto;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key-encryption keys of documents, each with an id: the first is active (wraps new data keys),
 * all unwrap. A document's data key is stored wrapped (AES-KWP, RFC 5649, from the JDK) together
 * with the id of the key that wrapped it, so rotating means rewrapping data keys, never
 * re-encrypting content. Configured as {@code id:base64-of-32-bytes}, comma-separated.
 */
public final class KeyEncryptionKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A data key as stored: wrapped, and by which key. */
    public record WrappedKey(String kekId, byte[] wrapped) {
    }

    private final Map<String, SecretKey> keys;
    private final String activeId;

    private KeyEncryptionKeys(Map<String, SecretKey> keys) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("no key-encryption key configured");
        }
        this.keys = Collections.unmodifiableMap(keys);
        this.activeId = keys.keySet().iterator().next();
    }

    /** Parses {@code id:base64,id:base64}; ids are 1 to 20 letters, digits, '-' or '_'. */
    public static KeyEncryptionKeys parse(String spec) {
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        if (spec != null) {
            for (String entry : spec.split(",")) {
                if (entry.isBlank()) {
                    continue;
                }
                int colon = entry.indexOf(':');
                String id = colon < 0 ? "" : entry.substring(0, colon).trim();
                if (!id.matches("[A-Za-z0-9_-]{1,20}")) {
                    throw new IllegalArgumentException("key-encryption key entries are id:base64, got an entry without"
                            + " a valid id");
                }
                byte[] raw;
                try {
                    raw = Base64.getDecoder().decode(entry.substring(colon + 1).trim());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("key-encryption key " + id + " is not base64");
                }
                if (raw.length != 32) {
                    throw new IllegalArgumentException("key-encryption key " + id + " must be 32 bytes, is "
                            + raw.length);
                }
                if (keys.putIfAbsent(id, new SecretKeySpec(raw, "AES")) != null) {
                    throw new IllegalArgumentException("key-encryption key id " + id + " is listed twice");
                }
            }
        }
        return new KeyEncryptionKeys(keys);
    }

    /** A fresh random key in the configuration's format, e.g. for the run command. */
    public static String generate(String id) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        return id + ":" + Base64.getEncoder().encodeToString(raw);
    }

    public String activeId() {
        return activeId;
    }

    public boolean has(String id) {
        return keys.containsKey(id);
    }

    /** A fresh AES-256 data key for one document. */
    public static SecretKey newDataKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, RANDOM);
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Wraps a data key with the active key. */
    public WrappedKey wrap(SecretKey dataKey) {
        try {
            Cipher c = Cipher.getInstance("AES/KWP/NoPadding");
            c.init(Cipher.WRAP_MODE, keys.get(activeId));
            return new WrappedKey(activeId, c.wrap(dataKey));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("wrapping a data key failed", e);
        }
    }

    /** Unwraps a data key; an unknown key id or a wrapped key that does not verify is an error. */
    public SecretKey unwrap(WrappedKey wrapped) throws GeneralSecurityException {
        SecretKey kek = keys.get(wrapped.kekId());
        if (kek == null) {
            throw new GeneralSecurityException("key-encryption key " + wrapped.kekId() + " is not configured");
        }
        Cipher c = Cipher.getInstance("AES/KWP/NoPadding");
        c.init(Cipher.UNWRAP_MODE, kek);
        return (SecretKey) c.unwrap(wrapped.wrapped(), "AES", Cipher.SECRET_KEY);
    }

    /** The same data key, wrapped with the active key (key rotation); already active: unchanged. */
    public WrappedKey rewrap(WrappedKey wrapped) throws GeneralSecurityException {
        return wrapped.kekId().equals(activeId) ? wrapped : wrap(unwrap(wrapped));
    }
}
