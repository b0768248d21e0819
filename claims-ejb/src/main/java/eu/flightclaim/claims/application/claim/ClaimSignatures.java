package eu.flightclaim.claims.application.claim;

import eu.flightclaim.claims.application.InvalidInputException;
import eu.flightclaim.claims.domain.model.claim.Claim;
import eu.flightclaim.claims.domain.model.claim.Drawing;
import eu.flightclaim.claims.domain.model.claim.Passenger;
import eu.flightclaim.claims.domain.model.claim.Signature;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How a submission accepts the assignment: the text shown must be the one the server has for that
 * version and language, and when signatures come, each passenger signs once — for themselves with
 * their own name, or (under 18) through a parent or guardian with the guardian's name.
 */
public final class ClaimSignatures {

    /** A signature as a client sends it; {@code passenger} is the index in the claim's passengers. */
    public record Given(Integer passenger, String signedBy, Boolean onBehalf, List<List<Integer>> drawing) {
    }

    /** What a client says it showed and what was signed. */
    public record Acceptance(String termsVersion, String language, String textSha256, String userAgent,
            List<Given> signatures) {
    }

    private ClaimSignatures() {
    }

    /**
     * The consent to store with the claim, or field errors added to {@code errors} (then the result
     * is null). Call after the version itself has been checked.
     */
    static Claim.Consent check(Acceptance a, List<Passenger> passengers, List<InvalidInputException.FieldError> errors) {
        int before = errors.size();
        if (a.language() != null && !a.language().strip().matches("[A-Za-z]{2}")) {
            errors.add(error("consent.language", "must be a language code of two letters (ISO 639-1), e.g. de"));
        }
        if (a.textSha256() != null && !a.textSha256().strip().matches("[0-9A-Fa-f]{64}")) {
            errors.add(error("consent.textSha256", "must be 64 hexadecimal digits (SHA-256)"));
        }
        // none (or an empty list, as generated clients send for a list left unset): the acceptance only
        List<Signature> signatures = a.signatures() == null || a.signatures().isEmpty() ? List.of()
                : signatures(a.signatures(), passengers, errors);
        if (errors.size() > before || a.termsVersion() == null || !ClaimTerms.VERSIONS.contains(a.termsVersion().strip())) {
            return null;
        }
        ClaimTerms.Text text = ClaimTerms.text(a.termsVersion().strip(), a.language());
        if (a.textSha256() != null && !text.sha256().equalsIgnoreCase(a.textSha256().strip())) {
            errors.add(error("consent.textSha256", "is not the SHA-256 of the terms " + text.version() + " in '"
                    + text.language() + "': show the text GET /terms returns now, and send its sha256"));
            return null;
        }
        String agent = a.userAgent() == null ? null : a.userAgent().substring(0, Math.min(500, a.userAgent().length()));
        return new Claim.Consent(text.language(), text.sha256(), agent, signatures);
    }

    private static List<Signature> signatures(List<Given> given, List<Passenger> passengers,
            List<InvalidInputException.FieldError> errors) {
        if (given.size() != passengers.size()) {
            errors.add(error("consent.signatures", "needs one signature for each passenger: " + passengers.size()
                    + " passenger(s), " + given.size() + " signature(s)"));
            return List.of();
        }
        List<Signature> out = new ArrayList<>();
        Set<Integer> signedFor = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String at = "consent.signatures[" + i + "]";
            Given g = given.get(i);
            if (g == null) {
                errors.add(error(at, "is required: the passenger's index, signedBy and optionally a drawing"));
                continue;
            }
            if (g.passenger() == null || g.passenger() < 0 || g.passenger() >= passengers.size()) {
                errors.add(error(at + ".passenger", "must be the index of a passenger of this claim, 0 to "
                        + (passengers.size() - 1)));
                continue;
            }
            if (!signedFor.add(g.passenger())) {
                errors.add(error(at + ".passenger", "names a passenger who has already signed"));
                continue;
            }
            Passenger p = passengers.get(g.passenger());
            boolean guardian = Boolean.TRUE.equals(g.onBehalf());
            String by = g.signedBy() == null ? "" : g.signedBy().strip();
            if (by.length() < 2 || by.length() > 200) {
                errors.add(error(at + ".signedBy", "is required: the signer's full name, 2 to 200 characters"));
            } else if (!guardian && !sameName(by, p.firstName() + " " + p.lastName())) {
                errors.add(error(at + ".signedBy", "must be the passenger's own name as given (" + p.firstName()
                        + " " + p.lastName() + "); for a passenger under 18 a parent or guardian signs, with"
                        + " onBehalf true"));
            } else if (guardian && sameName(by, p.firstName() + " " + p.lastName())) {
                errors.add(error(at + ".signedBy", "is the passenger's own name: with onBehalf a parent or guardian"
                        + " signs, with their own name"));
            }
            String drawingProblem = g.drawing() == null ? null : Drawing.problem(g.drawing());
            if (drawingProblem != null) {
                errors.add(error(at + ".drawing", drawingProblem));
            }
            if (by.length() >= 2 && by.length() <= 200 && drawingProblem == null) {
                out.add(new Signature(p, by, guardian ? Signature.Capacity.GUARDIAN : Signature.Capacity.SELF,
                        g.drawing() == null ? null : Drawing.of(g.drawing())));
            }
        }
        return out;
    }

    /** Names compare without case, accents' composition or runs of spaces. */
    static boolean sameName(String a, String b) {
        return fold(a).equals(fold(b));
    }

    private static String fold(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static InvalidInputException.FieldError error(String field, String message) {
        return new InvalidInputException.FieldError(field, message);
    }
}
