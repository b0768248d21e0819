package eu.flightclaim.it;

import static eu.flightclaim.it.AirportReferenceDataIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole life of a claim through the API, customer and staff side, with the email of every step,
 * and every way to get it wrong: invalid transitions, someone else's claim, a customer on a staff
 * endpoint, stale and concurrent staff edits.
 */
class ClaimLifecycleIT extends EarDeployment {

    private static String reviewer;
    private static String reviewerToken;

    @BeforeAll
    static void staff() {
        Await.until("reference data ready", Duration.ofMinutes(2), () -> Http.get("/health/ready").status() == 200);
        reviewer = Staff.create("reviewer");
        reviewerToken = Staff.token(reviewer);
    }

    /** A fresh claim by a fresh customer: [customer email, token, claim id, reference]. */
    static String[] newClaim(String flight, String lastName) throws Exception {
        String email = "pax-" + System.nanoTime() + "@example.com";
        String token = MagicLinkSignInIT.signIn(email).getString("accessToken");
        Http.Reply r = Http.send(Http.request("/api/v1/claims", token).header("Content-Type", "application/json")
                .header("Idempotency-Key", "k-" + System.nanoTime())
                .POST(HttpRequest.BodyPublishers.ofString(ClaimSubmissionIT.claim("FRA", "JFK", "LH", flight, lastName,
                        "DE89370400440532013000", true))).build());
        assertEquals(201, r.status(), r.body());
        return new String[] {email, token, r.json().getString("id"), r.json().getString("reference")};
    }

    private static JsonObject ok(Http.Reply r) {
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    private static Http.Reply move(String id, String to, String reason, Long version) {
        return Http.call("POST", "/api/v1/admin/claims/" + id + "/transitions", reviewerToken,
                "{\"to\":\"" + to + "\"" + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}", version);
    }

    private static void mail(String email, String subject, String... contains) throws Exception {
        String text = Mailbox.text(Mailbox.awaitSubject(email, subject));
        for (String c : contains) {
            assertTrue(text.contains(c), "'" + c + "' in: " + text);
        }
    }

    @Test
    void aClaimLivesFromSubmissionToPayment() throws Exception {
        String[] c = newClaim("LH400", "Life-" + System.nanoTime());
        String email = c[0], token = c[1], id = c[2], ref = c[3];
        mail(email, "Your claim " + ref + " is submitted");

        // the customer reads and corrects the claim; the ETag is the version
        Http.Reply read = Http.get("/api/v1/claims/" + id, token);
        assertEquals("\"0\"", read.raw().headers().firstValue("ETag").orElse(""));
        JsonObject patched = ok(Http.call("PATCH", "/api/v1/claims/" + id, token,
                "{\"contact\":{\"phone\":\"+49 30 7654321\"},\"payout\":{\"iban\":\"GB82WEST12345698765432\","
                        + "\"accountHolder\":\"Ada King\"}}", 0L));
        assertEquals("+49 30 7654321", patched.getJsonObject("contact").getString("phone"));
        assertEquals("GB82 •••• 5432", patched.getJsonObject("payout").getString("iban"));
        assertEquals(1, patched.getInt("version"));
        assertProblem(Http.call("PATCH", "/api/v1/claims/" + id, token, "{\"contact\":{\"phone\":\"+1 555 0100\"}}", 0L),
                409, "conflict"); // stale version
        Http.Reply badIban = Http.call("PATCH", "/api/v1/claims/" + id, token,
                "{\"payout\":{\"iban\":\"GB00WEST12345698765432\",\"accountHolder\":\"Ada King\"}}", null);
        assertProblem(badIban, 400, "invalid-input");
        assertTrue(badIban.body().contains("payout.iban"));
        assertProblem(Http.call("PATCH", "/api/v1/claims/" + id, token, "{}", null), 400, "invalid-input");

        // the customer writes; staff find the claim and take it
        assertEquals(201, Http.post("/api/v1/claims/" + id + "/messages", token,
                "{\"body\":\"The captain said it was a technical fault.\"}").status());
        JsonObject found = ok(Http.get("/api/v1/admin/claims?q=" + ref, reviewerToken));
        assertEquals(1, found.getInt("total"));
        assertEquals(email, found.getJsonArray("items").getJsonObject(0).getString("customerEmail"));
        assertEquals(1, ok(Http.get("/api/v1/admin/claims?status=submitted&airline=LH&assignee=none&regime=EU261&q="
                + email, reviewerToken)).getInt("total"));
        JsonObject assigned = ok(Http.call("POST", "/api/v1/admin/claims/" + id + "/assign", reviewerToken, null, null));
        assertEquals(reviewer, assigned.getJsonObject("assignee").getString("email"));
        assertEquals(1, ok(Http.get("/api/v1/admin/claims?assignee=me&q=" + ref, reviewerToken)).getInt("total"));

        JsonObject review = ok(move(id, "under_review", null, null));
        assertEquals("under_review", review.getJsonObject("claim").getString("status"));
        mail(email, "Your claim " + ref + " is under review");

        // invalid moves say where the claim may go
        Http.Reply refused = move(id, "paid", null, null);
        assertProblem(refused, 409, "conflict");
        assertEquals(List.of("approved", "documents_requested", "rejected"), strings(refused.json().getJsonArray("allowed")));
        assertProblem(move(id, "rejected", null, null), 409, "conflict"); // a rejection needs its reason
        assertProblem(move(id, "lost", null, null), 400, "invalid-input");

        // a note stays internal; a message reaches the customer by email
        assertEquals(201, Http.post("/api/v1/admin/claims/" + id + "/notes", reviewerToken,
                "{\"body\":\"Check the METAR for FRA that morning.\"}").status());
        assertEquals(201, Http.post("/api/v1/admin/claims/" + id + "/messages", reviewerToken,
                "{\"body\":\"Thank you, we are looking into it.\"}").status());
        mail(email, "New message about your claim " + ref, "Thank you, we are looking into it.");
        JsonArray thread = Http.get("/api/v1/claims/" + id + "/messages", token).jsonStructure().asJsonArray();
        assertEquals(2, thread.size());
        assertFalse(thread.toString().contains("METAR"), "internal notes stay internal");
        assertFalse(thread.toString().contains(reviewer), "customers do not see staff addresses");

        // documents: requested, reminded by email, answered
        assertProblem(Http.post("/api/v1/admin/claims/" + id + "/document-requests", reviewerToken,
                "{\"documentType\":\"selfie\",\"message\":\"x\"}"), 400, "invalid-input");
        JsonObject requested = ok(Http.post("/api/v1/admin/claims/" + id + "/document-requests", reviewerToken,
                "{\"documentType\":\"boarding_pass\",\"message\":\"Please upload your boarding pass.\"}"));
        assertEquals("documents_requested", requested.getJsonObject("claim").getString("status"));
        mail(email, "Your claim " + ref + ": we need a document", "boarding pass", "Please upload your boarding pass.");
        ok(Http.call("PATCH", "/api/v1/claims/" + id, token, "{\"contact\":{\"phone\":\"+49 30 1111111\"}}", null));
        JsonObject resubmitted = ok(Http.post("/api/v1/claims/" + id + "/resubmit", token,
                "{\"message\":\"Uploaded it.\"}"));
        assertEquals("resubmitted", resubmitted.getString("status"));
        mail(email, "Your claim " + ref + " is resubmitted");
        assertProblem(Http.call("PATCH", "/api/v1/claims/" + id, token, "{\"contact\":{\"phone\":\"+49 30 2\"}}", null),
                409, "conflict"); // no longer editable

        // the amount: the engine's stays beside the override
        assertProblem(Http.call("PUT", "/api/v1/admin/claims/" + id + "/compensation", reviewerToken,
                "{\"amount\":\"-5\",\"currency\":\"EURO\"}", null), 400, "invalid-input");
        JsonObject overridden = ok(Http.call("PUT", "/api/v1/admin/claims/" + id + "/compensation", reviewerToken,
                "{\"amount\":\"300.00\",\"currency\":\"EUR\",\"reason\":\"Rerouted: arrival 3 h 40 min late,"
                        + " reduced by 50% (Art. 7(2)(c)).\"}", null));
        assertEquals("600.00", overridden.getJsonObject("engineCompensation").getString("amount"));
        assertEquals("300.00", overridden.getJsonObject("claim").getJsonObject("compensation").getString("amount"));
        assertEquals(reviewer, overridden.getJsonObject("compensationOverride").getString("by"));

        JsonObject approved = ok(move(id, "approved", null, null));
        assertNotNull(approved.getString("decidedAt"));
        mail(email, "Your claim " + ref + " is approved", "300.00 EUR", "GB82 •••• 5432");
        assertProblem(Http.post("/api/v1/claims/" + id + "/withdraw", token, null), 409, "conflict");
        ok(move(id, "paid", "Bank transfer 2026-11-22", null));
        mail(email, "Your claim " + ref + " is paid", "300.00 EUR");
        assertEquals(List.of(), strings(ok(Http.get("/api/v1/admin/claims/" + id, reviewerToken))
                .getJsonArray("allowedTransitions")));

        // the history, as the customer sees it and as staff see it
        JsonArray history = Http.get("/api/v1/claims/" + id + "/history", token).jsonStructure().asJsonArray();
        assertEquals(List.of("submitted", "submitted", "under_review", "documents_requested", "documents_requested",
                "resubmitted", "approved", "paid"), history.stream().map(e -> e.asJsonObject().getString("to")).toList(),
                history.toString());
        assertFalse(history.toString().contains("\"actor\""));
        JsonObject full = ok(Http.get("/api/v1/admin/claims/" + id, reviewerToken));
        List<String> kinds = full.getJsonArray("history").stream().map(e -> e.asJsonObject().getString("kind")).toList();
        assertTrue(kinds.containsAll(List.of("assigned", "compensation_overridden", "edited", "status")), kinds.toString());
        assertEquals(1, full.getJsonArray("notes").size());
        assertEquals(3, full.getJsonArray("messages").size());
        assertNotNull(full.getJsonArray("documentRequests").getJsonObject(0).getString("answeredAt"));
        assertEquals("DELAY", full.getJsonObject("disruption").getString("type"));

        JsonObject stats = ok(Http.get("/api/v1/admin/stats", reviewerToken));
        assertTrue(stats.getJsonObject("byStatus").getInt("paid") >= 1);
        assertTrue(stats.getJsonArray("paid").toString().contains("EUR"));
        assertTrue(stats.getString("medianTimeToDecision").startsWith("P"));
    }

    @Test
    void staffEndpointsAreForStaffAndClaimsForTheirCustomer() throws Exception {
        String[] c = newClaim("LH402", "Private-" + System.nanoTime());
        String other = MagicLinkSignInIT.signIn("nosy-" + System.nanoTime() + "@example.com").getString("accessToken");
        assertProblem(Http.get("/api/v1/claims/" + c[2], other), 404, "not-found");
        assertProblem(Http.get("/api/v1/claims/" + c[2] + "/messages", other), 404, "not-found");
        assertProblem(Http.post("/api/v1/claims/" + c[2] + "/messages", other, "{\"body\":\"hi\"}"), 404, "not-found");
        assertProblem(Http.get("/api/v1/admin/claims", c[1]), 403, "forbidden");
        assertProblem(Http.post("/api/v1/admin/claims/" + c[2] + "/transitions", c[1], "{\"to\":\"approved\"}"),
                403, "forbidden");
        assertProblem(Http.get("/api/v1/admin/stats", c[1]), 403, "forbidden");
        assertProblem(Http.get("/api/v1/admin/claims/" + java.util.UUID.randomUUID(), reviewerToken), 404, "not-found");
        assertProblem(Http.get("/api/v1/admin/claims?status=lost", reviewerToken), 400, "invalid-input");
        assertProblem(Http.get("/api/v1/admin/claims?sort=password", reviewerToken), 400, "invalid-input");
        assertProblem(Http.get("/api/v1/admin/claims?createdFrom=yesterday", reviewerToken), 400, "invalid-input");
        assertProblem(Http.get("/api/v1/admin/claims?deadlineWithinDays=-1", reviewerToken), 400, "invalid-input");
        ok(move(c[2], "under_review", null, null));
        assertProblem(Http.post("/api/v1/claims/" + c[2] + "/resubmit", c[1], null), 409, "conflict"); // nothing requested
        assertProblem(Http.call("POST", "/api/v1/admin/claims/" + c[2] + "/transitions", reviewerToken, "{\"to\":1", null),
                400, "malformed-request");
    }

    @Test
    void twoReviewersChangingOneClaimAtOnceNeverOverwriteEachOther() throws Exception {
        String[] c = newClaim("LH404", "Race-" + System.nanoTime());
        String second = Staff.token(Staff.create("admin"));
        long version = ok(Http.get("/api/v1/admin/claims/" + c[2], reviewerToken)).getJsonNumber("version").longValue();

        // both loaded version N; the first change wins, the second is told to reload
        ok(Http.call("PUT", "/api/v1/admin/claims/" + c[2] + "/compensation", reviewerToken,
                "{\"amount\":\"550.00\",\"currency\":\"EUR\",\"reason\":\"First reviewer\"}", version));
        Http.Reply stale = Http.call("PUT", "/api/v1/admin/claims/" + c[2] + "/compensation", second,
                "{\"amount\":\"450.00\",\"currency\":\"EUR\",\"reason\":\"Second reviewer\"}", version);
        assertProblem(stale, 409, "conflict");
        assertTrue(stale.json().getString("detail").contains("load it again"));
        JsonObject now = ok(Http.get("/api/v1/admin/claims/" + c[2], second));
        assertEquals("550.00", now.getJsonObject("compensationOverride").getJsonObject("compensation").getString("amount"));
        assertProblem(Http.call("POST", "/api/v1/admin/claims/" + c[2] + "/assign", second, null, version), 409, "conflict");
        assertProblem(Http.send(Http.request("/api/v1/admin/claims/" + c[2] + "/assign", second).header("If-Match", "v-one")
                .POST(HttpRequest.BodyPublishers.noBody()).build()), 400, "invalid-input");

        // truly at once, without If-Match: one move wins, the other is a 409, and history has one entry
        List<CompletableFuture<Http.Reply>> racing = List.of(
                CompletableFuture.supplyAsync(() -> move(c[2], "under_review", null, null)),
                CompletableFuture.supplyAsync(() -> Http.call("POST", "/api/v1/admin/claims/" + c[2] + "/transitions", second,
                        "{\"to\":\"under_review\"}", null)));
        List<Integer> statuses = racing.stream().map(CompletableFuture::join).map(Http.Reply::status).sorted().toList();
        assertEquals(List.of(200, 409), statuses);
        assertEquals(1, Database.count("SELECT count(*) FROM claim_event WHERE claim_id = '" + c[2]
                + "' AND to_status = 'UNDER_REVIEW' AND kind = 'STATUS'"));
    }

    private static List<String> strings(JsonArray a) {
        return a.stream().map(v -> ((jakarta.json.JsonString) v).getString()).toList();
    }
}
