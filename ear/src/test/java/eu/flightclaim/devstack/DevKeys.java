package eu.flightclaim.devstack;

import eu.flightclaim.claims.domain.model.identity.JwtSigner;
import jakarta.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * An RSA key pair for tokens in development and tests, kept as PEM files. The public key is what
 * MP-JWT verifies with ({@code FC_JWT_PUBLIC_KEY_LOCATION}); the EAR never ships a private key.
 */
public record DevKeys(PublicKey publicKey, PrivateKey privateKey, Path publicKeyFile) {

    /** The private key's PEM file, beside the public one. */
    public Path privateKeyFile() {
        return publicKeyFile.resolveSibling("jwt-private.pem");
    }

    /**
     * The public key as a JWKS file ({@code jwks.json} beside the keys), the document
     * {@code /api/v1/auth/jwks} serves: what {@code FC_JWT_PUBLIC_KEY_LOCATION} names, so that MP-JWT
     * reads the key set from a file rather than over HTTP from the very server whose worker threads
     * the requests that need it are holding (a refresh under full load waits for itself).
     */
    public Path jwksFile() {
        Path jwks = publicKeyFile.resolveSibling("jwks.json");
        try {
            Files.writeString(jwks, Json.createObjectBuilder().add("keys", Json.createArrayBuilder()
                    .add(JwtSigner.jwk((RSAPublicKey) publicKey))).build().toString(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jwks;
    }

    /** Loads the pair from {@code dir}, creating it on first use. */
    public static DevKeys loadOrCreate(Path dir) {
        try {
            Path pub = dir.resolve("jwt-public.pem");
            Path priv = dir.resolve("jwt-private.pem");
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            if (Files.exists(pub) && Files.exists(priv)) {
                return new DevKeys(rsa.generatePublic(new X509EncodedKeySpec(der(pub))),
                        rsa.generatePrivate(new PKCS8EncodedKeySpec(der(priv))), pub);
            }
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(dir);
            Files.writeString(pub, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
            Files.writeString(priv, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
            return new DevKeys(pair.getPublic(), pair.getPrivate(), pub);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static byte[] der(Path pemFile) throws IOException {
        String body = Files.readString(pemFile, StandardCharsets.US_ASCII).replaceAll("-----[A-Z ]+-----", "")
                .replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }
}
