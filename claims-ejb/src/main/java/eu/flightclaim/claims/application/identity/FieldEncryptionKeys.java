package eu.flightclaim.claims.application.identity;

import eu.flightclaim.claims.domain.model.identity.FieldCipher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The keys that encrypt personal fields at rest (payout IBANs), from {@code FC_DATA_KEYS}:
 * {@code id:base64-of-32-bytes}, comma-separated; the first encrypts, all decrypt (rotation).
 */
@ApplicationScoped
public class FieldEncryptionKeys {

    @Inject
    @ConfigProperty(name = "FC_DATA_KEYS")
    private Optional<String> configured;

    private volatile FieldCipher cipher;

    public FieldCipher cipher() {
        FieldCipher c = cipher;
        if (c == null) {
            c = load();
            cipher = c;
        }
        return c;
    }

    private FieldCipher load() {
        String spec = configured.filter(s -> !s.isBlank()).orElseThrow(() -> new IllegalStateException(
                "FC_DATA_KEYS is not set: personal data cannot be stored encrypted"));
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        String first = null;
        for (String entry : spec.split(",")) {
            String[] parts = entry.trim().split(":", 2);
            byte[] key = parts.length == 2 ? Base64.getDecoder().decode(parts[1]) : new byte[0];
            if (!parts[0].matches("[A-Za-z0-9_-]{1,20}") || key.length != 32) {
                throw new IllegalStateException("FC_DATA_KEYS entries are id:base64 of 32 bytes");
            }
            keys.put(parts[0], new SecretKeySpec(key, "AES"));
            first = first == null ? parts[0] : first;
        }
        return new FieldCipher(first, keys);
    }
}
