package eu.flightclaim.claims.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.flightclaim.claims.application.claim.ClaimTerms;
import eu.flightclaim.claims.application.claim.PowerOfAttorneyRenderer;
import eu.flightclaim.claims.domain.model.claim.Drawing;
import eu.flightclaim.claims.domain.model.claim.Passenger;
import eu.flightclaim.claims.domain.model.claim.Signature;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfPowerOfAttorneyTest {

    private static PowerOfAttorneyRenderer.Signed signed(List<Signature> signatures, String userAgent) {
        return new PowerOfAttorneyRenderer.Signed("FC-2026-000042", "EU261", "LO281", LocalDate.of(2026, 6, 1),
                List.of("Łucja Żółć", "Zoë Brontë"), ClaimTerms.current("en"),
                OffsetDateTime.parse("2026-06-04T14:30:00+02:00"), "192.0.2.7", userAgent, "lucja@example.com",
                signatures);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theSignedAssignmentShowsTheTextTheSignersAndTheEvidenceInAnyEuLanguagesLetters() throws IOException {
        List<Signature> signatures = List.of(
                new Signature(new Passenger("Łucja", "Żółć", null), "Łucja Żółć", Signature.Capacity.SELF,
                        Drawing.of(List.of(List.of(100, 200, 200, 100, 300, 250), List.of(600, 150)))),
                new Signature(new Passenger("Zoë", "Brontë", null), "Łucja Żółć", Signature.Capacity.GUARDIAN, null));
        byte[] pdf = new PdfPowerOfAttorney().render(signed(signatures, "Mozilla/5.0 (X11; Linux) 🛫 <b>"));
        String text = text(pdf);
        ClaimTerms.Text terms = ClaimTerms.current("en");
        assertTrue(text.contains(terms.title()), text);
        assertTrue(text.contains("FC-2026-000042"));
        assertTrue(text.contains("For Łucja Żółć, signed by the passenger: Łucja Żółć"), text);
        assertTrue(text.contains("For Zoë Brontë (under 18), signed by a parent or guardian: Łucja Żółć"), text);
        assertTrue(text.contains("Signed with the typed name: Łucja Żółć"));
        assertTrue(text.contains("2026-06-04 12:30:00 UTC"), "the time is in UTC");
        assertTrue(text.contains("192.0.2.7"));
        assertTrue(text.contains("Mozilla/5.0 (X11; Linux) ? <b>"), "a character the font lacks is a '?'");
        assertTrue(text.contains(terms.sha256()));
        String firstWords = terms.body().split("\\s+", 12)[0] + " " + terms.body().split("\\s+", 12)[1];
        assertTrue(text.contains(firstWords));
    }

    @Test
    void theSameClaimRendersToTheSameBytes() {
        List<Signature> none = List.of();
        assertArrayEquals(new PdfPowerOfAttorney().render(signed(none, null)),
                new PdfPowerOfAttorney().render(signed(none, null)));
    }

    @Test
    void nineSignaturesWithDrawingsFlowOntoFurtherPages() throws IOException {
        List<Signature> many = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            many.add(new Signature(new Passenger("P" + i, "Lovelace", null), "P" + i + " Lovelace",
                    Signature.Capacity.SELF, Drawing.of(List.of(List.of(0, 0, 1000, 300)))));
        }
        byte[] pdf = new PdfPowerOfAttorney().render(signed(many, "x"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() >= 2);
        }
        String text = text(pdf);
        for (int i = 0; i < 9; i++) {
            assertTrue(text.contains("signed by the passenger: P" + i + " Lovelace"));
        }
        assertEquals(1, text.split("Evidence", -1).length - 1);
    }
}
