package eu.flightclaim.it;

import static eu.flightclaim.it.AirportReferenceDataIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Health a load balancer can act on: readiness is what this instance needs to serve (database, JMS,
 * reference data); SMTP, the document store and clamd are reported apart, with since when, and
 * their outage takes nothing out of service; liveness is the JVM alone; started waits for the schema
 * and the first reference data.
 */
class HealthIT extends EarDeployment {

    @Test
    void readyStartedAndLiveSayWhatTheyMean() {
        // the first deployment imports the reference data just after it starts
        Http.Reply ready = Await.until("ready", Duration.ofMinutes(2), () -> {
            Http.Reply r = Http.get("/health/ready");
            return r.status() == 200 ? r : null;
        });
        JsonObject body = ready.json();
        assertEquals("UP", body.getString("status"));
        for (String check : new String[] {"database", "jms", "reference-data"}) {
            assertEquals("UP", status(body, check), check);
        }
        assertEquals(3, body.getJsonArray("checks").size(), "nothing outside the instance decides readiness: " + body);

        Http.Reply started = Http.get("/health/started");
        assertEquals(200, started.status(), started.body());
        JsonObject data = check(started.json(), "started").getJsonObject("data");
        assertEquals("loaded", data.getString("referenceData"));
        assertTrue(data.getString("schemaVersion").startsWith("2026."), data.toString());

        Http.Reply live = Http.get("/health/live");
        assertEquals(200, live.status());
        JsonObject application = check(live.json(), "application");
        assertEquals("UP", application.getString("status"));
        assertEquals("0", application.getJsonObject("data").get("deadlockedThreads").toString().replace("\"", ""));

        Http.Reply dependencies = Http.get("/api/v1/health/dependencies");
        assertEquals(200, dependencies.status(), dependencies.body());
        assertEquals("UP", status(dependencies.json(), "mail"));
        assertEquals("UP", status(dependencies.json(), "document-store"));
        assertEquals(IntegrationStack.clamd() == null ? "NOT_CONFIGURED" : "UP",
                status(dependencies.json(), "virus-scanner"));
    }

    @Test
    void withSmtpDownTheInstanceStaysReadyAndTheClaimsEmailGoesOutWhenItIsBack() throws Exception {
        awaitReady(); // not still recovering from the database test
        String email = "outage-" + System.nanoTime() + "@example.com";
        String token = MagicLinkSignInIT.signIn(email).getString("accessToken");
        IntegrationStack.mail().stop();
        Instant stopped = Instant.now();
        Http.Reply claim;
        try {
            claim = Http.post("/api/v1/claims", token, ClaimSubmissionIT.claim("FRA", "JFK", "LH", "LH400",
                    "Outage" + System.nanoTime(), "DE89 3704 0044 0532 0130 00", true));
            assertEquals(201, claim.status(), "claims are taken while mail is down: " + claim.body());
            Http.Reply ready = Http.get("/health/ready");
            assertEquals(200, ready.status(), "still ready: " + ready.body());
            Http.Reply report = Http.get("/api/v1/health/dependencies");
            assertEquals(503, report.status(), report.body());
            JsonObject mail = check(report.json(), "mail");
            assertEquals("DOWN", mail.getString("status"));
            assertTrue(!Instant.parse(mail.getString("since")).isBefore(stopped.minusSeconds(1)), mail.toString());
            assertTrue(mail.getString("error").contains("Exception"), mail.toString());
            assertEquals("UP", status(report.json(), "document-store"));
        } finally {
            IntegrationStack.mail().start(); // within the test domain's retry window (3 attempts, 1 s apart and up)
        }
        String reference = claim.json().getString("reference");
        Mailbox.awaitSubject(email, "Your claim " + reference + " is submitted");
        assertEquals(200, Http.get("/api/v1/health/dependencies").status());
    }

    @Test
    void withTheDocumentStoreDownUploadsAre503AndTheInstanceStaysReady() throws Exception {
        awaitReady();
        String[] c = ClaimLifecycleIT.newClaim("LH441", "StoreDown-" + System.nanoTime());
        var dav = IntegrationStack.webDav();
        dav.down = true;
        try {
            assertProblem(DocumentUploadIT.upload(c[1], c[2], "other", "down.png", ApiWorld.png()), 503,
                    "service-unavailable");
            Http.Reply ready = Http.get("/health/ready");
            assertEquals(200, ready.status(), "still ready: " + ready.body());
            Http.Reply report = Http.get("/api/v1/health/dependencies");
            assertEquals(503, report.status(), report.body());
            assertEquals("DOWN", status(report.json(), "document-store"));
            assertEquals("UP", status(report.json(), "mail"));
        } finally {
            dav.down = false;
        }
        // the breaker rests the store for 5 s in the test domain; then it is back for everyone
        Await.until("the document store back", Duration.ofSeconds(30),
                () -> Http.get("/api/v1/health/dependencies").status() == 200);
        assertEquals(201, DocumentUploadIT.upload(c[1], c[2], "other", "back.png", ApiWorld.png()).status());
    }

    @Test
    void databaseDownMakesTheInstanceNotReadyUntilItIsBack() {
        IntegrationStack.database().stop();
        try {
            Http.Reply down = Http.get("/health/ready");
            assertEquals(503, down.status(), down.body());
            assertEquals("DOWN", down.json().getString("status"));
            assertEquals("DOWN", status(down.json(), "database"));
            assertEquals("UP", status(down.json(), "jms"));
        } finally {
            IntegrationStack.database().start();
        }
        Await.until("ready again with the database back", Duration.ofSeconds(60),
                () -> Http.get("/health/ready").status() == 200);
    }

    private static void awaitReady() {
        Await.until("ready", Duration.ofSeconds(60), () -> Http.get("/health/ready").status() == 200);
    }

    private static JsonObject check(JsonObject health, String name) {
        return health.getJsonArray("checks").stream().map(JsonObject.class::cast)
                .filter(c -> name.equals(c.getString("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no check " + name + " in " + health));
    }

    private static String status(JsonObject health, String name) {
        return check(health, name).getString("status");
    }
}
