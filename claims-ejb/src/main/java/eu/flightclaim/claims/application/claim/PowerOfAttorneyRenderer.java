package eu.flightclaim.claims.application.claim;

import eu.flightclaim.claims.domain.model.claim.Signature;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Renders a claim's signed assignment and power of attorney as a document (the adapter writes PDF). */
public interface PowerOfAttorneyRenderer {

    /** Everything the signed document shows: the claim, the text as accepted, and who signed how, when and where. */
    record Signed(String reference, String regime, String flightNumber, LocalDate flightDate, List<String> passengers,
            ClaimTerms.Text text, OffsetDateTime signedAt, String ip, String userAgent, String accountEmail,
            List<Signature> signatures) {
    }

    byte[] render(Signed signed);
}
