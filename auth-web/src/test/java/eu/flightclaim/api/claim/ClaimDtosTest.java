package eu.flightclaim.api.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.flightclaim.claims.application.claim.ClaimTerms;
import org.junit.jupiter.api.Test;

class ClaimDtosTest {

    /** The documented example claim is one the API accepts: its text hash is the current text's. */
    @Test
    void theExamplesTermsHashIsTheCurrentEnglishTexts() {
        assertEquals(ClaimTerms.current("en").sha256(), ClaimDtos.TERMS_SHA256_EN);
    }
}
