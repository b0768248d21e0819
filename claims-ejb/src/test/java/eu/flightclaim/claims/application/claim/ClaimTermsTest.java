package eu.flightclaim.claims.application.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.flightclaim.claims.application.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The assignment a passenger accepts: the current version's text, in English where no other exists. */
class ClaimTermsTest {

    @Test
    void theCurrentTextHasItsTitleBodyAndTheHashOfWhatIsShown() {
        ClaimTerms.Text text = ClaimTerms.current("en");
        assertEquals(ClaimTerms.CURRENT, text.version());
        assertEquals("Assignment of claim and power of attorney", text.title());
        assertTrue(text.body().contains("Regulation (EC) No 261/2004"), text.body());
        assertTrue(text.sha256().matches("[0-9a-f]{64}"));
    }

    @Test
    void aLanguageWithoutItsOwnTextGetsTheEnglishOneAndSaysSo() {
        ClaimTerms.Text text = ClaimTerms.current("sv");
        assertEquals("en", text.language());
        assertEquals(ClaimTerms.current("en").sha256(), text.sha256());
        assertEquals("en", ClaimTerms.current("../../etc").language(), "only a language code names a file");
        assertEquals("en", ClaimTerms.current(null).language());
    }

    /** Each translation has the English text's shape: a title and as many paragraphs, and its own hash. */
    @Test
    void everyTranslationHasTheEnglishParagraphsAndItsOwnHash() {
        ClaimTerms.Text english = ClaimTerms.current("en");
        for (String language : List.of("de", "fr", "es", "it", "nl", "pl")) {
            ClaimTerms.Text text = ClaimTerms.current(language);
            assertEquals(language, text.language());
            assertEquals(english.body().split("\\n\\s*\\n").length, text.body().split("\\n\\s*\\n").length, language);
            assertTrue(text.body().contains("261/2004"), language);
            assertTrue(!text.sha256().equals(english.sha256()), language);
        }
    }

    @Test
    void aClaimNamesAVersionThatExists() {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        ClaimTerms.checkVersion(ClaimTerms.CURRENT, errors);
        assertEquals(List.of(), errors);
        ClaimTerms.checkVersion("2099-12", errors);
        assertEquals("consent.termsVersion", errors.get(0).field());
    }
}
