package eu.flightclaim.it;

import static eu.flightclaim.it.AirportReferenceDataIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The email pipeline: outbox row → JMS → MDB → template → Jakarta Mail → SMTP (GreenMail). */
class EmailPipelineIT extends EarDeployment {

    private final String admin = Tokens.valid("staff-1", "admin");

    @Test
    void testEmailArrivesWithSubjectAndBothBodies() throws Exception {
        String to = "ada-" + System.nanoTime() + "@example.com";
        Http.Reply created = Http.post("/api/v1/admin/emails/test", admin, "{\"to\":\"" + to + "\"}");
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        assertTrue(created.raw().headers().firstValue("Location").orElseThrow().endsWith("/api/v1/admin/emails/" + id));

        MimeMessage mail = Await.until("the test email in GreenMail", Duration.ofSeconds(30),
                () -> Mailbox.to(to).stream().findFirst().orElse(null));
        assertEquals("Flight Claim test email", mail.getSubject());
        // the row's own Message-ID, kept for its retries (a send cut off and sent again is one message)
        assertEquals(Database.single("SELECT message_id FROM email_outbox WHERE id = " + id), mail.getMessageID());
        MimeMultipart alternatives = (MimeMultipart) mail.getContent();
        assertTrue(alternatives.getContentType().startsWith("multipart/alternative"));
        BodyPart text = alternatives.getBodyPart(0);
        BodyPart html = alternatives.getBodyPart(1);
        assertTrue(text.isMimeType("text/plain"));
        assertTrue(((String) text.getContent()).contains("Requested by: staff-1@example.com"));
        assertTrue(html.isMimeType("text/html"));
        assertTrue(((String) html.getContent()).contains("<h1"));

        JsonObject row = Await.until("the row marked SENT", Duration.ofSeconds(10), () -> {
            JsonObject r = Http.get("/api/v1/admin/emails/" + id, admin).json();
            return "SENT".equals(r.getString("status")) ? r : null;
        });
        assertEquals(1, row.getInt("attempts"));
        assertTrue(row.getString("bodyText").contains("Requested by"));
        assertTrue(row.getString("bodyHtml").contains("<h1"));
        assertEquals(1, Http.get("/api/v1/admin/emails?status=sent&recipient=" + to, admin).json()
                .getJsonNumber("total").longValue());
    }

    @Test
    void withSmtpDownItRetriesAndEndsFailedAndAResendDeliversExactlyOnce() {
        String to = "grace-" + System.nanoTime() + "@example.com";
        long id;
        IntegrationStack.mail().stop();
        try {
            Http.Reply created = Http.post("/api/v1/admin/emails/test", admin, "{\"to\":\"" + to + "\"}");
            assertEquals(201, created.status(), created.body());
            id = created.json().getJsonNumber("id").longValue();
            JsonObject failed = Await.until("the email to end FAILED", Duration.ofSeconds(60), () -> {
                JsonObject r = Http.get("/api/v1/admin/emails/" + id, admin).json();
                return "FAILED".equals(r.getString("status")) ? r : null;
            });
            assertEquals(IntegrationStack.MAIL_MAX_ATTEMPTS, failed.getInt("attempts"));
            assertNotNull(failed.getString("lastError", null));
        } finally {
            IntegrationStack.mail().start();
        }

        Http.Reply resent = Http.post("/api/v1/admin/emails/" + id + "/resend", admin, null);
        assertEquals(202, resent.status(), resent.body());
        Await.until("the resent email in GreenMail", Duration.ofSeconds(30), () -> Mailbox.to(to).size() == 1);
        Await.until("the row marked SENT", Duration.ofSeconds(10),
                () -> "SENT".equals(Http.get("/api/v1/admin/emails/" + id, admin).json().getString("status")));
        // the sweeper and any duplicate message must not send it again
        long until = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (System.nanoTime() < until) {
            assertEquals(1, Mailbox.to(to).size(), "delivered exactly once");
        }
    }

    @Test
    void aSendCutOffByADyingInstanceIsSentAgainAsTheSameMessageUnlessItWasTheLastAttempt() throws Exception {
        String resumedTo = "cut-off-" + System.nanoTime() + "@example.com";
        String lastTo = "last-" + System.nanoTime() + "@example.com";
        // rows as an instance leaves them when it dies talking SMTP: SENDING, then untouched for 3 minutes
        // (aged together, so that one sweep finds both)
        long resumed = sending("test-email", resumedTo, "{\"requestedBy\":\"cut-off\"}", 1);
        long last = sending("magic-link", lastTo,
                "{\"link\":\"https://flightclaim.example/login/verify#a-one-time-secret\",\"minutes\":15}",
                IntegrationStack.MAIL_MAX_ATTEMPTS);
        Database.single("UPDATE email_outbox SET updated_at = now() - interval '3 minutes' WHERE id IN (" + resumed
                + ", " + last + ") RETURNING id");

        MimeMessage mail = Await.until("the sweeper to send the cut-off email again", Duration.ofSeconds(75),
                () -> Mailbox.to(resumedTo).stream().findFirst().orElse(null));
        assertEquals("<" + resumedTo + ">", mail.getMessageID(), "the same message");
        Await.until("the resumed row SENT on its second attempt", Duration.ofSeconds(10), () -> "SENT/2".equals(
                Database.single("SELECT status || '/' || attempts FROM email_outbox WHERE id = " + resumed)));

        // the other was cut off on its last attempt: given up like a failed last attempt, its link removed
        assertEquals("FAILED/" + IntegrationStack.MAIL_MAX_ATTEMPTS,
                Database.single("SELECT status || '/' || attempts FROM email_outbox WHERE id = " + last));
        assertTrue(((String) Database.single("SELECT last_error FROM email_outbox WHERE id = " + last))
                .contains("last attempt"));
        assertEquals("{\"redacted\":true}", Database.single("SELECT model_json FROM email_outbox WHERE id = " + last));
        assertEquals(0, Mailbox.to(lastTo).size(), "not sent again");
    }

    private static long sending(String template, String to, String model, int attempts) {
        return ((Number) Database.single("INSERT INTO email_outbox (template, recipient, model_json, status,"
                + " attempts, message_id) VALUES ('" + template + "', '" + to + "', '" + model + "', 'SENDING', "
                + attempts + ", '<" + to + ">') RETURNING id")).longValue();
    }

    @Test
    void badRequestsAreProblems() {
        assertProblem(Http.post("/api/v1/admin/emails/test", admin, "{\"to\":\"not an address\"}"), 400, "invalid-input");
        assertProblem(Http.post("/api/v1/admin/emails/test", admin, "{\"to\":\"\"}"), 400, "invalid-input");
        assertProblem(Http.post("/api/v1/admin/emails/test", admin, "{\"to\":"), 400, "malformed-request");
        assertProblem(Http.post("/api/v1/admin/emails/test", admin, null), 400, "malformed-request");
        assertProblem(Http.send(Http.request("/api/v1/admin/emails/test", admin).header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("hello")).build()), 415, "unsupported-media-type");
        assertProblem(Http.post("/api/v1/admin/emails/99999999/resend", admin, null), 404, "not-found");
        assertProblem(Http.get("/api/v1/admin/emails/99999999", admin), 404, "not-found");
        assertProblem(Http.get("/api/v1/admin/emails?status=LOST", admin), 400, "invalid-input");
        assertProblem(Http.get("/api/v1/admin/emails"), 401, "unauthorized");
        assertProblem(Http.get("/api/v1/admin/emails", Tokens.valid("c-1", "customer")), 403, "forbidden");
    }
}
