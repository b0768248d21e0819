package eu.flightclaim.claims.domain.model.identity;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.UUID;

/**
 * Signs RS256 access tokens with the claims MicroProfile JWT reads (iss, sub, upn, groups, iat,
 * exp, jti) plus {@code sid}, the session the token belongs to. The key id is the key's RFC 7638
 * thumbprint, so verifiers pick the right key from the JWKS while keys rotate.
 */
public final class JwtSigner {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final PrivateKey privateKey;
    private final String keyId;
    private final String issuer;

    public JwtSigner(PrivateKey privateKey, RSAPublicKey publicKey, String issuer) {
        this.privateKey = privateKey;
        this.keyId = thumbprint(publicKey);
        this.issuer = issuer;
    }

    public String keyId() {
        return keyId;
    }

    public String sign(String subject, String upn, Collection<String> groups, UUID sessionId, Instant now,
            Duration lifetime) {
        JsonArrayBuilder g = Json.createArrayBuilder();
        groups.forEach(g::add);
        JsonObjectBuilder claims = Json.createObjectBuilder().add("iss", issuer).add("sub", subject).add("upn", upn)
                .add("groups", g).add("iat", now.getEpochSecond()).add("exp", now.plus(lifetime).getEpochSecond())
                .add("jti", UUID.randomUUID().toString()).add("sid", sessionId.toString());
        String header = b64(Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT").add("kid", keyId).build()
                .toString());
        String payload = b64(claims.build().toString());
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(privateKey);
            rsa.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + B64.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Signing failed", e);
        }
    }

    /** The public key as a JWK (RFC 7517), for the JWKS endpoint. */
    public static JsonObjectBuilder jwk(RSAPublicKey key) {
        return Json.createObjectBuilder().add("kty", "RSA").add("use", "sig").add("alg", "RS256")
                .add("kid", thumbprint(key)).add("n", unsigned(key.getModulus())).add("e", unsigned(key.getPublicExponent()));
    }

    /** RFC 7638 thumbprint: SHA-256 of the canonical {e, kty, n} JSON, base64url. */
    public static String thumbprint(RSAPublicKey key) {
        String canonical = "{\"e\":\"" + unsigned(key.getPublicExponent()) + "\",\"kty\":\"RSA\",\"n\":\""
                + unsigned(key.getModulus()) + "\"}";
        try {
            return B64.encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return B64.encodeToString(bytes);
    }

    private static String b64(String json) {
        return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
