package eu.flightclaim.it;

import static eu.flightclaim.it.AirportReferenceDataIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A customer submits claims, reads them, follows them and withdraws one (the customer side of issue 5). */
class ClaimSubmissionIT extends EarDeployment {

    @BeforeAll
    static void referenceDataLoaded() {
        Await.until("reference data ready", Duration.ofMinutes(2), () -> Http.get("/health/ready").status() == 200);
    }

    static String claim(String from, String to, String carrier, String flight, String lastName, String iban,
            boolean consent) {
        return """
                {"legs": [{"from": "%s", "to": "%s", "carrier": "%s", "flightNumber": "%s", "date": "2026-06-01",
                           "scheduledDeparture": "2026-06-01T10:05+02:00", "scheduledArrival": "2026-06-01T12:45-04:00"}],
                 "disruption": {"type": "DELAY", "arrivalDelayMinutes": 300, "cause": "NONE"},
                 "passengers": [{"firstName": "Ada", "lastName": "%s", "bookingReference": "ABC123"}],
                 "contact": {"phone": "+49 30 1234567"},
                 "payout": {"iban": "%s", "accountHolder": "Ada Lovelace"},
                 "consent": {"termsAccepted": %s, "assignmentAccepted": true, "termsVersion": "2026-01"}}
                """.formatted(from, to, carrier, flight, lastName, iban, consent);
    }

    private static Http.Reply submit(String token, String key, String body) {
        HttpRequest.Builder b = Http.request("/api/v1/claims", token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            b.header("Idempotency-Key", key);
        }
        return Http.send(b.build());
    }

    @Test
    void aClaimIsSubmittedOnceStoredEncryptedAndConfirmedByEmail() throws Exception {
        String email = "ada-" + System.nanoTime() + "@example.com";
        String token = MagicLinkSignInIT.signIn(email).getString("accessToken");
        // a name of its own: the OpenAPI document's example claim (Ada Lovelace, LH400) is a valid one others may send
        String body = claim("FRA", "JFK", "LH", "LH400", "Lovelace" + System.nanoTime() % 100000,
                "DE89 3704 0044 0532 0130 00", true);

        Http.Reply created = submit(token, "key-1", body);
        assertEquals(201, created.status(), created.body());
        JsonObject c = created.json();
        assertTrue(c.getString("reference").matches("FC-\\d{4}-\\d{6}"), c.getString("reference"));
        assertEquals("submitted", c.getString("status"));
        assertEquals("EU261", c.getString("regime"));
        assertEquals("600.00", c.getJsonObject("compensation").getString("amount"));
        assertEquals("DE89 •••• 3000", c.getJsonObject("payout").getString("iban"));
        assertTrue(c.getJsonArray("legalBasis").toString().contains("Art. 3(1)(a)"));
        assertEquals("EU261/2004", c.getString("ruleSet"), "the rule set is kept with the claim");
        assertTrue(c.getJsonArray("openQuestions").toString().contains("checkedInOnTime"));
        assertEquals("2029-12-31", c.getString("deadline"), "Germany: 31 December of the third year");
        String stored = (String) Database.single("SELECT payout_iban_enc FROM claim WHERE id = '" + c.getString("id") + "'");
        assertTrue(stored.startsWith("v1.it1.") && !stored.contains("3704"), stored);

        Http.Reply replay = submit(token, "key-1", body);
        assertEquals(201, replay.status());
        assertEquals(c.getString("id"), replay.json().getString("id"));
        assertEquals("true", replay.raw().headers().firstValue("Idempotent-Replayed").orElse(""));
        assertProblem(submit(token, "key-1", body.replace("LH400", "LH402")), 422, "not-covered");

        Http.Reply duplicate = submit(token, "key-2", body);
        assertProblem(duplicate, 409, "conflict");
        assertTrue(duplicate.json().getString("detail").contains(c.getString("reference")));

        var mail = Mailbox.await(email, 1); // the sign-in link was email 0
        assertEquals("Your claim " + c.getString("reference") + " is submitted", mail.getSubject());
        assertTrue(Mailbox.text(mail).contains("600.00 EUR"));
    }

    @Test
    void badClaimsAreRefusedWithTheirReasons() throws Exception {
        String token = MagicLinkSignInIT.signIn("grace-" + System.nanoTime() + "@example.com").getString("accessToken");
        Http.Reply badIban = submit(token, null, claim("FRA", "JFK", "LH", "LH400", "Hopper", "DE88370400440532013000", true));
        assertProblem(badIban, 400, "invalid-input");
        assertTrue(badIban.body().contains("payout.iban"));
        Http.Reply noConsent = submit(token, null, claim("FRA", "JFK", "LH", "LH400", "Hopper", "DE89370400440532013000",
                false));
        assertProblem(noConsent, 400, "invalid-input");
        assertTrue(noConsent.body().contains("consent.termsAccepted"));
        Http.Reply notCovered = submit(token, null, claim("JFK", "FRA", "UA", "UA960", "Hopper", "DE89370400440532013000",
                true));
        assertProblem(notCovered, 422, "not-covered");
        assertFalse(notCovered.json().getJsonArray("reasons").isEmpty());
        Http.Reply both = submit(token, null, claim("LHR", "CDG", "AF", "AF1081", "Hopper", "DE89370400440532013000", true));
        assertProblem(both, 400, "invalid-input");
        assertTrue(both.body().contains("\"regime\""));
        Http.Reply inCourt = submit(token, null, claim("FRA", "JFK", "LH", "LH404", "Hopper", "DE89370400440532013000",
                true).replace("\"disruption\":", "\"preconditions\": {\"courtCaseFiled\": true}, \"disruption\":"));
        assertProblem(inCourt, 422, "not-covered");
        assertTrue(inCourt.json().getJsonArray("reasons").toString().contains("court"), inCourt.body());
        assertProblem(submit(token, null, "{\"legs\":"), 400, "malformed-request");
        assertProblem(submit(Tokens.valid("r-1", "reviewer"), null, claim("FRA", "JFK", "LH", "LH400", "Hopper",
                "DE89370400440532013000", true)), 403, "forbidden");
    }

    @Test
    void theAssignmentIsServedInFullAndAClaimMustNameAVersionOfIt() throws Exception {
        JsonObject terms = Http.get("/api/v1/terms?lang=de").json();
        assertEquals("2026-01", terms.getString("version"));
        assertEquals("de", terms.getString("language"));
        assertTrue(terms.getString("text").contains("Verordnung (EG) Nr. 261/2004"), terms.toString());
        assertTrue(terms.getString("sha256").matches("[0-9a-f]{64}"));
        JsonObject english = Http.get("/api/v1/terms?lang=sv").json();
        assertEquals("en", english.getString("language"), "no Swedish text: the English one, which binds");
        assertTrue(english.getString("text").contains("Regulation (EC) No 261/2004"), english.toString());

        String token = MagicLinkSignInIT.signIn("terms-" + System.nanoTime() + "@example.com").getString("accessToken");
        Http.Reply old = submit(token, null, claim("FRA", "JFK", "LH", "LH401", "Terms", "DE89370400440532013000", true)
                .replace("\"termsVersion\": \"2026-01\"", "\"termsVersion\": \"2019-01\""));
        assertEquals(400, old.status(), old.body());
        assertTrue(old.body().contains("consent.termsVersion") && old.body().contains("2026-01"), old.body());
    }

    @Test
    void customersSeeOnlyTheirOwnClaimsAndCanWithdrawBeforeADecision() throws Exception {
        String token = MagicLinkSignInIT.signIn("ida-" + System.nanoTime() + "@example.com").getString("accessToken");
        String other = MagicLinkSignInIT.signIn("eve-" + System.nanoTime() + "@example.com").getString("accessToken");
        String body = claim("CDG", "AMS", "AF", "AF1240", "Ida-" + System.nanoTime(), "FR1420041010050500013M02606", true);
        String id = submit(token, null, body).json().getString("id");

        assertEquals(1, Http.get("/api/v1/claims", token).json().getJsonNumber("total").longValue());
        assertEquals(0, Http.get("/api/v1/claims", other).json().getJsonNumber("total").longValue());
        assertEquals(200, Http.get("/api/v1/claims/" + id, token).status());
        assertProblem(Http.get("/api/v1/claims/" + id, other), 404, "not-found");
        assertProblem(Http.get("/api/v1/claims/not-a-uuid", token), 404, "not-found");

        JsonObject withdrawn = Http.post("/api/v1/claims/" + id + "/withdraw", token,
                "{\"reason\":\"The airline paid me directly.\"}").json();
        assertEquals("withdrawn", withdrawn.getString("status"));
        assertProblem(Http.post("/api/v1/claims/" + id + "/withdraw", token, null), 409, "conflict");
        JsonArray history = Http.get("/api/v1/claims/" + id + "/history", token).jsonStructure().asJsonArray();
        assertEquals(2, history.size());
        assertEquals("submitted", history.getJsonObject(0).getString("to"));
        assertEquals("withdrawn", history.getJsonObject(1).getString("to"));
        assertEquals("The airline paid me directly.", history.getJsonObject(1).getString("reason"));
        assertEquals(201, submit(token, null, body).status(), "after a withdrawal the flight can be claimed again");
    }
}
