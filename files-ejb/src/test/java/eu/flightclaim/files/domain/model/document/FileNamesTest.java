package eu.flightclaim.files.domain.model.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void keepsOnlyADisplayableNameWithoutPathsOrControlCharacters() {
        assertEquals("passport.pdf", FileNames.sanitise("../../etc/passport.pdf", "x"));
        assertEquals("scan.png", FileNames.sanitise("C:\\Users\\ada\\scan.png", "x"));
        assertEquals("ab.pdf", FileNames.sanitise("a\u0000b\u202e.pdf", "x"));
        assertEquals("hidden", FileNames.sanitise("..hidden", "x"));
        assertEquals("fallback.pdf", FileNames.sanitise("../..", "fallback.pdf"));
        assertEquals("fallback.pdf", FileNames.sanitise(null, "fallback.pdf"));
        String longName = FileNames.sanitise("y".repeat(500) + ".pdf", "x");
        assertEquals(200, longName.length());
        assertTrue(longName.endsWith(".pdf"));
        assertEquals("Überweisung März.pdf", FileNames.sanitise("U\u0308berweisung Ma\u0308rz.pdf", "x"), "NFC");
    }
}
