package eu.flightclaim.it;

import static eu.flightclaim.it.AirportReferenceDataIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The assignment signed by each passenger (a guardian for a minor), rendered to the claim's
 * power_of_attorney PDF; and a customer's language, stored and used for every email they get.
 */
class SignedAssignmentIT extends EarDeployment {

    @BeforeAll
    static void referenceDataLoaded() {
        Await.until("reference data ready", Duration.ofMinutes(2), () -> Http.get("/health/ready").status() == 200);
    }

    private static String claim(String lastName, String consent) {
        return """
                {"legs": [{"from": "WAW", "to": "JFK", "carrier": "LO", "flightNumber": "LO27", "date": "2026-06-01"}],
                 "disruption": {"type": "CANCELLATION", "noticeDays": 2, "cause": "NONE"},
                 "passengers": [{"firstName": "Łucja", "lastName": "%1$s"}, {"firstName": "Zoë", "lastName": "%1$s"}],
                 "payout": {"iban": "DE89370400440532013000", "accountHolder": "Łucja %1$s"},
                 "consent": %2$s}
                """.formatted(lastName, consent);
    }

    private static String consent(String language, String sha, String signatures) {
        return """
                {"termsAccepted": true, "assignmentAccepted": true, "termsVersion": "2026-01", "language": "%s",
                 "textSha256": "%s", "signatures": %s}
                """.formatted(language, sha, signatures);
    }

    private static String signatures(String lastName) {
        return """
                [{"passenger": 0, "signedBy": "Łucja %1$s", "drawing": [{"points": [100, 200, 180, 90, 260, 220]}, {"points": [400, 150]}]},
                 {"passenger": 1, "signedBy": "Łucja %1$s", "onBehalf": true}]
                """.formatted(lastName);
    }

    private static Http.Reply submit(String token, String body) {
        return Http.send(Http.request("/api/v1/claims", token).header("Content-Type", "application/json")
                .header("User-Agent", "SignedAssignmentIT/1.0 (phone)")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    @Test
    void eachPassengerSignsAndTheSignedAssignmentIsTheClaimsPowerOfAttorneyInTheirLanguage() throws Exception {
        String email = "lucja-" + System.nanoTime() + "@example.com";
        String token = MagicLinkSignInIT.signIn(email).getString("accessToken");
        Http.Reply chosen = Http.send(Http.request("/api/v1/account", token).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"language\": \"PL\"}")).build());
        assertEquals(200, chosen.status(), chosen.body());
        assertEquals("pl", Http.get("/api/v1/account", token).json().getString("language"));

        JsonObject terms = Http.get("/api/v1/terms?lang=pl").json();
        assertEquals("pl", terms.getString("language"));
        String lastName = "Żółć" + System.nanoTime() % 100000;
        Http.Reply created = submit(token, claim(lastName, consent("pl", terms.getString("sha256"), signatures(lastName))));
        assertEquals(201, created.status(), created.body());
        String claimId = created.json().getString("id");
        String reference = created.json().getString("reference");

        JsonArray documents = Http.get("/api/v1/claims/" + claimId + "/documents", token).jsonStructure().asJsonArray();
        JsonObject poa = documents.stream().map(JsonObject.class::cast)
                .filter(d -> "power_of_attorney".equals(d.getString("type"))).findFirst().orElseThrow();
        assertEquals("power-of-attorney-" + reference + ".pdf", poa.getString("fileName"));
        HttpResponse<byte[]> pdf = DocumentUploadIT.download(token, poa.getString("id"), null);
        assertEquals(200, pdf.statusCode());
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains(terms.getString("title")), "the Polish text as shown: " + text);
        assertTrue(text.contains("For Łucja " + lastName + ", signed by the passenger: Łucja " + lastName), text);
        assertTrue(text.contains("For Zoë " + lastName + " (under 18), signed by a parent or guardian: Łucja "
                + lastName), text);
        assertTrue(text.contains(terms.getString("sha256")) && text.contains("SignedAssignmentIT/1.0 (phone)"), text);
        assertEquals(2L, Database.single("SELECT count(*) FROM claim_signature WHERE claim_id = '" + claimId + "'"));

        var confirmation = Mailbox.await(email, 1); // the sign-in link was email 0
        String polishSubject = Files.readString(Path.of("../claims-ejb/src/main/resources/templates/email/pl/"
                + "claim-submitted.subject.mustache")).strip().replace("{{reference}}", reference);
        assertEquals(polishSubject, confirmation.getSubject(), "the customer's emails are in the language they chose");

        Http.Reply again = submit(token, claim(lastName, consent("pl", terms.getString("sha256"), signatures(lastName))));
        assertEquals(409, again.status(), "the same passengers, flight and date: " + again.body());
        assertEquals(1, Http.get("/api/v1/claims/" + claimId + "/documents", token).jsonStructure().asJsonArray().size());
    }

    @Test
    void signaturesThatDoNotFitTheClaimAreRefusedNamingTheField() throws Exception {
        String token = MagicLinkSignInIT.signIn("sig-" + System.nanoTime() + "@example.com").getString("accessToken");
        String sha = Http.get("/api/v1/terms?lang=en").json().getString("sha256");
        String lastName = "Refused" + System.nanoTime() % 100000;
        Object[][] cases = {
            {consent("en", sha, "[{\"passenger\": 0, \"signedBy\": \"Someone Else\"}, {\"passenger\": 1, \"signedBy\":"
                    + " \"Łucja " + lastName + "\", \"onBehalf\": true}]"), "consent.signatures[0].signedBy"},
            {consent("en", sha, "[{\"passenger\": 0, \"signedBy\": \"Łucja " + lastName + "\"}]"), "consent.signatures"},
            {consent("en", sha, signatures(lastName).replace("[400, 150]", "[400, 301]")), "consent.signatures[0].drawing"},
            {consent("en", sha, signatures(lastName).replace("[400, 150]", "[400, null]")),
                "consent.signatures[0].drawing[1].points[1]"},
            {consent("en", "0".repeat(64), signatures(lastName)), "consent.textSha256"},
            {consent("pl", sha, signatures(lastName)), "consent.textSha256"},
            {consent("polish", sha, signatures(lastName)), "consent.language"},
        };
        for (Object[] c : cases) {
            Http.Reply refused = submit(token, claim(lastName, (String) c[0]));
            assertProblem(refused, 400, "invalid-input");
            assertTrue(refused.body().contains("\"" + c[1] + "\""), c[1] + ": " + refused.body());
        }
        assertEquals(0, Http.get("/api/v1/claims", token).json().getJsonArray("items").size(), "nothing half-written");
        Http.Reply badLanguage = Http.send(Http.request("/api/v1/account", token).header("Content-Type",
                "application/json").method("PATCH", HttpRequest.BodyPublishers.ofString("{\"language\": \"x\"}")).build());
        assertProblem(badLanguage, 400, "invalid-input");
    }

    @Test
    void aSignInLinkIsWrittenInTheLanguageItWasAskedIn() throws Exception {
        String email = "de-" + System.nanoTime() + "@example.com";
        assertEquals(202, Http.post("/api/v1/auth/magic-link", null, "{\"email\": \"" + email
                + "\", \"language\": \"de\"}").status());
        String german = Files.readString(Path.of("../claims-ejb/src/main/resources/templates/email/de/"
                + "magic-link.subject.mustache")).strip();
        assertEquals(german, Mailbox.await(email, 0).getSubject());
        assertProblem(Http.post("/api/v1/auth/magic-link", null, "{\"email\": \"" + email
                + "\", \"language\": \"deutsch\"}"), 400, "invalid-input");
    }
}
