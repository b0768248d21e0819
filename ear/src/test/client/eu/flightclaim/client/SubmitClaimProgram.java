package eu.flightclaim.client;

import eu.flightclaim.client.api.ClaimsApi;
import eu.flightclaim.client.model.Claim;
import eu.flightclaim.client.model.ClaimConsent;
import eu.flightclaim.client.model.ClaimContact;
import eu.flightclaim.client.model.ClaimPassenger;
import eu.flightclaim.client.model.ClaimPayout;
import eu.flightclaim.client.model.ClaimRequest;
import eu.flightclaim.client.model.Disruption;
import eu.flightclaim.client.model.Leg;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Written against the Java client that openapi-generator makes from our /openapi, the way an API
 * user would; GeneratedClientIT generates the client, compiles this with it, and runs it.
 */
public final class SubmitClaimProgram {

    private SubmitClaimProgram() {
    }

    /** Submits a claim (after a refused one with a bad IBAN) and returns its reference as read back. */
    public static String submit(String baseUrl, String token) throws Exception {
        ApiClient client = new ApiClient();
        client.updateBaseUri(baseUrl);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        ClaimsApi claims = new ClaimsApi(client);

        ClaimRequest request = new ClaimRequest()
                .legs(List.of(new Leg().from("FRA").to("JFK").carrier("LH").flightNumber("LH400")
                        .date(LocalDate.of(2026, 6, 1)).scheduledDeparture("2026-06-01T10:05+02:00")
                        .scheduledArrival("2026-06-01T12:45-04:00")))
                .disruption(new Disruption().type(Disruption.TypeEnum.DELAY)
                        .arrivalDelayMinutes(300).cause(Disruption.CauseEnum.NONE))
                .passengers(List.of(new ClaimPassenger().firstName("Ada").lastName("Generated")
                        .bookingReference("GEN123")))
                .contact(new ClaimContact().phone("+49 30 1234567"))
                .payout(new ClaimPayout().iban("DE00370400440532013000").accountHolder("Ada Generated"))
                .consent(new ClaimConsent().termsAccepted(true).assignmentAccepted(true).termsVersion("2026-01"));
        try {
            claims.submitClaim(request, UUID.randomUUID().toString());
            throw new IllegalStateException("a bad IBAN was accepted");
        } catch (ApiException e) {
            if (e.getCode() != 400 || !e.getResponseBody().contains("payout.iban")) {
                throw new IllegalStateException("expected a 400 naming payout.iban, got " + e.getCode() + " "
                        + e.getResponseBody(), e);
            }
        }
        request.getPayout().setIban("DE89370400440532013000");
        Claim submitted = claims.submitClaim(request, UUID.randomUUID().toString());
        if (!"submitted".equals(submitted.getStatus())) {
            throw new IllegalStateException("status " + submitted.getStatus());
        }
        return claims.getClaim(submitted.getId().toString()).getReference(); // id: a UUID
    }
}
