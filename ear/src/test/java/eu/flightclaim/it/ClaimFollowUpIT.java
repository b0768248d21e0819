package eu.flightclaim.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The daily claim-follow-up batch job: reminders for unanswered document requests, then a flag;
 * flags and a staff digest for claims near their limitation deadline. Time is moved by ageing rows.
 */
class ClaimFollowUpIT extends EarDeployment {

    private static String reviewerToken;
    private static final String OPS = Tokens.valid("ops-" + System.nanoTime(), "admin");

    @BeforeAll
    static void staff() {
        Await.until("reference data ready", Duration.ofMinutes(2), () -> Http.get("/health/ready").status() == 200);
        reviewerToken = Staff.token(Staff.create("reviewer"));
    }

    private static void followUp() {
        assertEquals("COMPLETED", Staff.runJob("claim-follow-up", OPS).getString("status"));
    }

    private static Object claimColumn(String id, String column) {
        return Database.single("SELECT " + column + " FROM claim WHERE id = '" + id + "'");
    }

    @Test
    void anUnansweredDocumentRequestIsRemindedOnceThenFlagged() throws Exception {
        String[] c = ClaimLifecycleIT.newClaim("LH406", "Slow-" + System.nanoTime());
        String email = c[0], id = c[2], ref = c[3];
        Http.post("/api/v1/admin/claims/" + id + "/transitions", reviewerToken, "{\"to\":\"under_review\"}");
        assertEquals(200, Http.post("/api/v1/admin/claims/" + id + "/document-requests", reviewerToken,
                "{\"documentType\":\"delay_certificate\",\"message\":\"Please send the airline's delay confirmation.\"}")
                .status());

        followUp();
        assertEquals(0L, Database.count("SELECT count(*) FROM document_request WHERE claim_id = '" + id
                + "' AND reminded_at IS NOT NULL"), "not yet 7 days");

        Database.single("UPDATE document_request SET requested_at = now() - interval '8 days' WHERE claim_id = '" + id
                + "' RETURNING 1");
        followUp();
        String subject = "Reminder: your claim " + ref + " is waiting for documents";
        assertTrue(Mailbox.text(Mailbox.awaitSubject(email, subject)).contains("delay certificate"));
        assertEquals(false, claimColumn(id, "flagged"), "reminded, not yet flagged");
        followUp();
        Thread.sleep(1000);
        assertEquals(1, Mailbox.to(email).stream().filter(m -> {
            try {
                return subject.equals(m.getSubject());
            } catch (Exception e) {
                return false;
            }
        }).count(), "one reminder only");

        Database.single("UPDATE document_request SET reminded_at = now() - interval '8 days' WHERE claim_id = '" + id
                + "' RETURNING 1");
        followUp();
        assertEquals(true, claimColumn(id, "flagged"));
        JsonObject flagged = Http.get("/api/v1/admin/claims?flagged=true&q=" + ref, reviewerToken).json();
        assertEquals(1, flagged.getInt("total"));
        assertTrue(flagged.getJsonArray("items").getJsonObject(0).getString("flagReason").startsWith("No answer"));
        JsonObject review = Http.get("/api/v1/admin/claims/" + id, reviewerToken).json();
        assertTrue(review.getJsonArray("history").toString().contains("reminder_sent"));

        // the customer answers: back to the reviewers, flag gone
        assertEquals(200, Http.post("/api/v1/claims/" + id + "/resubmit", c[1], null).status());
        assertEquals(false, claimColumn(id, "flagged"));
    }

    @Test
    void claimsNearTheirDeadlineAreFlaggedAndStaffAreToldByEmail() throws Exception {
        String[] c = ClaimLifecycleIT.newClaim("LH408", "Late-" + System.nanoTime());
        Database.single("UPDATE claim SET deadline = current_date + 10 WHERE id = '" + c[2] + "' RETURNING 1");

        followUp();
        assertEquals(true, claimColumn(c[2], "flagged"));
        assertTrue(((String) claimColumn(c[2], "flag_reason")).startsWith("Limitation deadline"));
        String digest = Mailbox.text(Mailbox.awaitText(IntegrationStack.ADMIN_EMAIL, c[3]));
        assertTrue(digest.contains("undecided claim(s) reach their limitation deadline within 30 days"), digest);
        assertEquals(1, Http.get("/api/v1/admin/claims?deadlineWithinDays=30&q=" + c[3], reviewerToken).json()
                .getInt("total"));
        assertTrue(Http.get("/api/v1/admin/stats", reviewerToken).json().getInt("nearDeadline") >= 1);
    }
}
