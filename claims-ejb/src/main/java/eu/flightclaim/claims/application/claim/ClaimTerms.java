package eu.flightclaim.claims.application.claim;

import eu.flightclaim.claims.application.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The assignment and power of attorney a passenger accepts with a claim, by version: the text is a
 * resource ({@code terms/<version>/assignment.<language>.txt}), so a client shows exactly what the
 * server records, and a claim names a version that exists. A language without its own text gets the
 * English one (and says so), which is the binding version.
 */
public final class ClaimTerms {

    /** The version new claims accept. */
    public static final String CURRENT = "2026-01";
    /** Every version a claim may name. */
    public static final List<String> VERSIONS = List.of(CURRENT);

    /** A version of the text in a language, with its SHA-256 (UTF-8) so that what was shown can be proven. */
    public record Text(String version, String language, String title, String body, String sha256) {
    }

    private ClaimTerms() {
    }

    /** The current text in this language (an ISO 639-1 code), else in English. */
    public static Text current(String language) {
        return text(CURRENT, language);
    }

    /** A version's text (one of {@link #VERSIONS}) in this language, else in English. */
    public static Text text(String version, String language) {
        String wanted = language == null ? "en" : language.trim().toLowerCase(Locale.ROOT);
        String code = wanted.matches("[a-z]{2}") ? wanted : "en"; // only a language code names a file
        String text = read(version, code);
        String used = text == null ? "en" : code;
        text = text == null ? read(version, "en") : text;
        if (text == null) {
            throw new IllegalStateException("terms " + version + " have no English text");
        }
        int firstBreak = text.indexOf('\n');
        return new Text(version, used, text.substring(0, firstBreak).strip(), text.substring(firstBreak).strip(),
                sha256(text));
    }

    /** A claim's consent names a version of the terms that exists. */
    static void checkVersion(String version, List<InvalidInputException.FieldError> errors) {
        if (version != null && !version.isBlank() && !VERSIONS.contains(version.trim())) {
            errors.add(new InvalidInputException.FieldError("consent.termsVersion",
                    "is not a version of the terms; the current one is " + CURRENT));
        }
    }

    private static String read(String version, String language) {
        try (InputStream in = ClaimTerms.class.getResourceAsStream(
                "/terms/" + version + "/assignment." + language + ".txt")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
