package eu.flightclaim.claims.application.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.flightclaim.claims.application.InvalidInputException;
import eu.flightclaim.claims.domain.model.claim.Claim;
import eu.flightclaim.claims.domain.model.claim.Passenger;
import eu.flightclaim.claims.domain.model.claim.Signature;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ClaimSignaturesTest {

    private static final List<Passenger> ADA_AND_CHILD = List.of(new Passenger("Ada", "Lovelace", null),
            new Passenger("Anne", "Lovelace", null));
    private static final String SHA = ClaimTerms.current("en").sha256();

    private static Claim.Consent check(List<ClaimSignatures.Given> given, List<InvalidInputException.FieldError> errors) {
        return ClaimSignatures.check(new ClaimSignatures.Acceptance("2026-01", "en", SHA, "Mozilla/5.0", given),
                ADA_AND_CHILD, errors);
    }

    private static List<String> fields(List<InvalidInputException.FieldError> errors) {
        return errors.stream().map(InvalidInputException.FieldError::field).toList();
    }

    @Test
    void anAdultSignsWithTheirOwnNameAndAGuardianForAMinor() {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        Claim.Consent consent = check(List.of(
                new ClaimSignatures.Given(0, "  ada   LOVELACE ", false, List.of(List.of(0, 0, 1000, 300))),
                new ClaimSignatures.Given(1, "Ada Lovelace", true, null)), errors);
        assertEquals(List.of(), errors);
        assertEquals(Signature.Capacity.SELF, consent.signatures().get(0).capacity());
        assertEquals(Signature.Method.DRAWN, consent.signatures().get(0).method());
        assertEquals(Signature.Capacity.GUARDIAN, consent.signatures().get(1).capacity());
        assertEquals(Signature.Method.TYPED, consent.signatures().get(1).method());
        assertEquals("Anne Lovelace", consent.signatures().get(1).passengerName());
        assertEquals(SHA, consent.termsSha256());
    }

    @Test
    void someoneElsesNameForAnAdultAndTheMinorsOwnNameForAGuardianAreRefused() {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        assertNull(check(List.of(new ClaimSignatures.Given(0, "Charles Babbage", false, null),
                new ClaimSignatures.Given(1, "Anne Lovelace", true, null)), errors));
        assertEquals(List.of("consent.signatures[0].signedBy", "consent.signatures[1].signedBy"), fields(errors));
    }

    @Test
    void eachPassengerSignsOnceAndTheCountMatches() {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        check(List.of(new ClaimSignatures.Given(0, "Ada Lovelace", false, null)), errors);
        assertEquals(List.of("consent.signatures"), fields(errors));
        errors.clear();
        check(List.of(new ClaimSignatures.Given(0, "Ada Lovelace", false, null),
                new ClaimSignatures.Given(0, "Ada Lovelace", false, null)), errors);
        assertEquals(List.of("consent.signatures[1].passenger"), fields(errors));
    }

    @Test
    void theTextShownMustBeTheServersTextOfThatVersionAndLanguage() {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        ClaimSignatures.check(new ClaimSignatures.Acceptance("2026-01", "en", "0".repeat(64), null, null),
                ADA_AND_CHILD, errors);
        assertEquals(List.of("consent.textSha256"), fields(errors));
        errors.clear();
        Claim.Consent consent = ClaimSignatures.check(new ClaimSignatures.Acceptance("2026-01", null, null, null,
                null), ADA_AND_CHILD, errors);
        assertEquals(List.of(), errors);
        assertEquals("en", consent.termsLanguage());
        assertEquals(List.of(), consent.signatures(), "a client may record the acceptance without signatures");
    }

    /** Whatever a client sends, the answer is a consent or field errors naming consent's parts, never an exception. */
    @Property(tries = 400)
    void anyInputGivesAConsentOrErrorsUnderConsent(@ForAll("signatures") List<ClaimSignatures.Given> given,
            @ForAll("hashes") String hash, @ForAll("languages") String language) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        Claim.Consent consent = ClaimSignatures.check(new ClaimSignatures.Acceptance("2026-01", language, hash,
                "x".repeat(600), given), ADA_AND_CHILD, errors);
        if (errors.isEmpty()) {
            assertNotNull(consent);
            assertTrue(consent.userAgent().length() <= 500);
            assertEquals(given == null || given.isEmpty() ? 0 : 2, consent.signatures().size());
        } else {
            assertNull(consent);
            assertTrue(errors.stream().allMatch(e -> e.field().startsWith("consent.")), errors::toString);
        }
    }

    @Provide
    Arbitrary<List<ClaimSignatures.Given>> signatures() {
        Arbitrary<Integer> index = Arbitraries.integers().between(-2, 3).injectNull(0.1);
        Arbitrary<String> name = Arbitraries.of("Ada Lovelace", "Anne Lovelace", "Charles Babbage", "", " ", "A",
                "x".repeat(201), "Ada\u00A0Lovelace").injectNull(0.1);
        Arbitrary<List<Integer>> stroke = Arbitraries.integers().between(-5, 1100).injectNull(0.02).list().ofMaxSize(8);
        Arbitrary<List<List<Integer>>> drawing = stroke.injectNull(0.05).list().ofMaxSize(4).injectNull(0.4);
        Arbitrary<ClaimSignatures.Given> one = Combinators.combine(index, name, Arbitraries.of(true, false)
                .injectNull(0.2), drawing).as(ClaimSignatures.Given::new);
        return one.injectNull(0.05).list().ofMaxSize(3).injectNull(0.2);
    }

    @Provide
    Arbitrary<String> hashes() {
        return Arbitraries.of(SHA, SHA.toUpperCase(), "0".repeat(64), "nothex", "").injectNull(0.4);
    }

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.of("en", "de", "zz", "english", "1", "").injectNull(0.3);
    }

    @Test
    void namesCompareWithoutCaseOrRunsOfSpaces() {
        assertTrue(ClaimSignatures.sameName("Zoë  Ørsted", "zoë ørsted"));
    }
}
