package eu.flightclaim.claims.domain.model.staff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpTest {

    private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void matchesTheRfc6238TestVectors() {
        long[][] vectors = {{59, 94287082}, {1111111109, 7081804}, {1111111111, 14050471}, {1234567890, 89005924},
                {2000000000, 69279037}, {20000000000L, 65353130}};
        for (long[] v : vectors) {
            assertEquals(String.format("%08d", v[1]), Totp.code(RFC_SEED, v[0] / 30, 8), "T=" + v[0]);
        }
    }

    @Test
    void base32RoundTripsAndSecretsAre160Bits() {
        assertEquals("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", Totp.base32(RFC_SEED));
        assertArrayEquals(RFC_SEED, Totp.base32Decode("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
        assertEquals(32, Totp.newSecret().length());
    }

    @Test
    void acceptsOneStepOfDriftEitherWayAndEachCodeOnce() {
        String secret = Totp.base32(RFC_SEED);
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        long step = now.getEpochSecond() / 30;
        for (long s = step - 1; s <= step + 1; s++) {
            assertEquals(s, Totp.verify(secret, Totp.code(secret, s, 6), now, null).orElseThrow());
        }
        assertFalse(Totp.verify(secret, Totp.code(secret, step - 2, 6), now, null).isPresent());
        assertFalse(Totp.verify(secret, Totp.code(secret, step, 6), now, step).isPresent(), "replayed");
        assertFalse(Totp.verify(secret, "12345", now, null).isPresent());
        assertFalse(Totp.verify(secret, null, now, null).isPresent());
    }

    @Test
    void theUriIsWhatAuthenticatorAppsRead() {
        String uri = Totp.uri("Flight Claim", "ada@example.com", "ABC");
        assertTrue(uri.startsWith("otpauth://totp/Flight%20Claim%3Aada%40example.com?secret=ABC&issuer=Flight%20Claim"), uri);
    }
}
