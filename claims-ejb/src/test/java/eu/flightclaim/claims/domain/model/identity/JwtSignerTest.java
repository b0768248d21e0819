package eu.flightclaim.claims.domain.model.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JwtSignerTest {

    @Test
    void theKeyIdIsTheRfc7638Thumbprint() throws Exception {
        // the example key of RFC 7638, section 3.1
        String n = "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMs"
                + "tn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5"
                + "hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw";
        RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                new BigInteger(1, Base64.getUrlDecoder().decode(n)), BigInteger.valueOf(65537)));
        assertEquals("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs", JwtSigner.thumbprint(key));
        assertEquals(n, JwtSigner.jwk(key).build().getString("n"));
        assertEquals("AQAB", JwtSigner.jwk(key).build().getString("e"));
    }

    @Test
    void signsAnRs256TokenWithTheClaimsMpJwtReads() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        KeyPair pair = g.generateKeyPair();
        JwtSigner signer = new JwtSigner(pair.getPrivate(), (RSAPublicKey) pair.getPublic(), "https://fc.test");
        UUID session = UUID.randomUUID();
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        String[] parts = signer.sign("c-1", "ada@example.com", List.of("customer"), session, now, Duration.ofMinutes(15))
                .split("\\.");

        JsonObject header = json(parts[0]);
        assertEquals("RS256", header.getString("alg"));
        assertEquals(signer.keyId(), header.getString("kid"));
        JsonObject claims = json(parts[1]);
        assertEquals("https://fc.test", claims.getString("iss"));
        assertEquals("c-1", claims.getString("sub"));
        assertEquals("ada@example.com", claims.getString("upn"));
        assertEquals("customer", claims.getJsonArray("groups").getString(0));
        assertEquals(1_800_000_000L + 900, claims.getJsonNumber("exp").longValue());
        assertEquals(session.toString(), claims.getString("sid"));
        assertTrue(claims.getString("jti").length() > 20);

        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(pair.getPublic());
        rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(rsa.verify(Base64.getUrlDecoder().decode(parts[2])));
    }

    @Test
    void secretTokensAre256BitsAndOnlyTheirHashIsKept() {
        String t = SecretTokens.newToken();
        assertEquals(43, t.length());
        assertTrue(SecretTokens.looksLikeToken(t));
        assertEquals(64, SecretTokens.hash(t).length());
        assertEquals(SecretTokens.hash(t), SecretTokens.hash(t));
        assertTrue(!SecretTokens.looksLikeToken("short") && !SecretTokens.looksLikeToken(null)
                && !SecretTokens.looksLikeToken(t + "x"));
        // the SHA-256 of "abc" (FIPS 180-2)
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", SecretTokens.hash("abc"));
    }

    private static JsonObject json(String b64) {
        return Json.createReader(new StringReader(new String(Base64.getUrlDecoder().decode(b64), StandardCharsets.UTF_8)))
                .readObject();
    }
}
