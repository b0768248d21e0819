package eu.flightclaim.it;

import eu.flightclaim.claims.domain.model.identity.JwtSigner;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** RS256 JWTs signed by the tests' own key (token issuance comes with the identity issue). */
public final class Tokens {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private Tokens() {
    }

    public static String valid(String subject, String... groups) {
        return sign(IntegrationStack.keys().privateKey(), IntegrationStack.ISSUER, subject, Duration.ofMinutes(10), groups);
    }

    /** A token for a real user of the test stack, without a session (so a logout or revocation under test cannot end it). */
    public static String forUser(String subject, String upn, String... groups) {
        Instant now = Instant.now();
        JsonArrayBuilder groupArray = Json.createArrayBuilder();
        for (String g : groups) {
            groupArray.add(g);
        }
        return signClaims(IntegrationStack.keys().privateKey(),
                JwtSigner.thumbprint((RSAPublicKey) IntegrationStack.keys().publicKey()), Json.createObjectBuilder()
                        .add("iss", IntegrationStack.ISSUER).add("sub", subject).add("upn", upn).add("groups", groupArray)
                        .add("iat", now.getEpochSecond()).add("exp", now.plus(Duration.ofHours(1)).getEpochSecond())
                        .add("jti", UUID.randomUUID().toString()));
    }

    public static String expired(String subject, String... groups) {
        return sign(IntegrationStack.keys().privateKey(), IntegrationStack.ISSUER, subject, Duration.ofMinutes(-10), groups);
    }

    public static String wrongIssuer(String subject, String... groups) {
        return sign(IntegrationStack.keys().privateKey(), "https://evil.example", subject, Duration.ofMinutes(10), groups);
    }

    public static String otherKey(String subject, String... groups) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return sign(generator.generateKeyPair().getPrivate(), IntegrationStack.ISSUER, subject,
                    Duration.ofMinutes(10), groups);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sign(PrivateKey key, String issuer, String subject, Duration expiresIn, String... groups) {
        return sign(key, JwtSigner.thumbprint((RSAPublicKey) IntegrationStack.keys().publicKey()), issuer, subject,
                expiresIn, groups);
    }

    static String sign(PrivateKey key, String kid, String issuer, String subject, Duration expiresIn, String... groups) {
        Instant now = Instant.now();
        JsonArrayBuilder groupArray = Json.createArrayBuilder();
        for (String g : groups) {
            groupArray.add(g);
        }
        JsonObjectBuilder claims = Json.createObjectBuilder()
                .add("iss", issuer).add("sub", subject).add("upn", subject + "@example.com")
                .add("groups", groupArray)
                .add("iat", now.minus(Duration.ofMinutes(20)).getEpochSecond())
                .add("exp", now.plus(expiresIn).getEpochSecond())
                .add("jti", UUID.randomUUID().toString());
        return signClaims(key, kid, claims);
    }

    private static String signClaims(PrivateKey key, String kid, JsonObjectBuilder claims) {
        String header = b64(Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT").add("kid", kid).build().toString());
        String payload = b64(claims.build().toString());
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + B64.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(String json) {
        return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
