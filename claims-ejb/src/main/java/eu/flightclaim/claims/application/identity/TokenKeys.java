package eu.flightclaim.claims.application.identity;

import eu.flightclaim.claims.domain.model.identity.JwtSigner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The token keys, from configuration: {@code FC_JWT_PRIVATE_KEY_LOCATION} lists one or more PKCS#8
 * PEM files (comma-separated). The first signs; the public halves of all of them are published as
 * the JWKS that MicroProfile JWT verifies with ({@code FC_JWT_PUBLIC_KEY_LOCATION} points at it).
 * Rotation: add the new key at the end (published, not signing), after the verifiers' key cache
 * has refreshed move it first (it signs), and remove the old one once its last tokens have expired
 * (15 minutes). The EAR ships no key.
 */
@ApplicationScoped
public class TokenKeys {

    @Inject
    @ConfigProperty(name = "FC_JWT_PRIVATE_KEY_LOCATION")
    private Optional<String> privateKeyLocation;
    @Inject
    @ConfigProperty(name = "FC_JWT_ISSUER")
    private String issuer;

    private volatile JwtSigner signer;
    private volatile String jwks;

    /** The signer; an {@link IllegalStateException} naming the setting when no private key is configured. */
    public JwtSigner signer() {
        JwtSigner s = signer;
        if (s == null) {
            load();
            s = signer;
        }
        return s;
    }

    /** The public keys as a JSON Web Key Set. */
    public String jwks() {
        String j = jwks;
        if (j == null) {
            load();
            j = jwks;
        }
        return j;
    }

    private synchronized void load() {
        if (signer != null) {
            return;
        }
        try {
            String locations = privateKeyLocation.filter(l -> !l.isBlank()).orElseThrow(() -> new IllegalStateException(
                    "FC_JWT_PRIVATE_KEY_LOCATION is not set: this server cannot issue tokens"));
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            Map<String, RSAPublicKey> published = new LinkedHashMap<>();
            JwtSigner first = null;
            for (String location : locations.split(",")) {
                RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) rsa.generatePrivate(
                        new PKCS8EncodedKeySpec(der(location.trim())));
                RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(
                        new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
                published.putIfAbsent(JwtSigner.thumbprint(publicKey), publicKey);
                if (first == null) {
                    first = new JwtSigner(privateKey, publicKey, issuer);
                }
            }
            JsonArrayBuilder array = Json.createArrayBuilder();
            published.values().forEach(k -> array.add(JwtSigner.jwk(k)));
            jwks = Json.createObjectBuilder().add("keys", array).build().toString();
            signer = first;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The token keys could not be read: " + e.getMessage(), e);
        }
    }

    private static byte[] der(String location) throws IOException {
        String pem;
        if (location.startsWith("file:") || location.startsWith("http")) {
            try (InputStream in = URI.create(location).toURL().openStream()) {
                pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            }
        } else {
            pem = Files.readString(Path.of(location), StandardCharsets.US_ASCII);
        }
        return Base64.getDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
    }
}
