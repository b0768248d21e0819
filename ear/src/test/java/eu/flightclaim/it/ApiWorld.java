package eu.flightclaim.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.flightclaim.files.domain.model.document.TestFiles;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small world to call the whole API in: customer A with a claim, a document, a session and a
 * share link of that document; customer B, who owns none of it; a reviewer, an admin and a
 * superadmin; an email, a batch execution and a staff member to act on. Tokens are signed by the
 * test key without a session, so that a logout or a revoked session under test cannot end them.
 */
final class ApiWorld {

    /** Someone calling the API; a null token is an anonymous caller. */
    record Caller(String name, String token) {
    }

    final Caller anonymous = new Caller("anonymous", null);
    final Caller customerA;
    final Caller customerB;
    final Caller reviewer;
    final Caller admin;
    final Caller superadmin;
    final String claimId;
    final String documentId;
    final String sessionIdOfA;
    final String shareLinkId;
    final String staffId;
    final String emailId;
    final String executionId;

    private ApiWorld() {
        Await.until("reference data ready", Duration.ofMinutes(2), () -> Http.get("/health/ready").status() == 200);
        String emailA = "world-a-" + System.nanoTime() + "@example.com";
        JsonObject signedInA = signIn(emailA);
        customerA = customer("customer A", signedInA, emailA);
        String emailB = "world-b-" + System.nanoTime() + "@example.com";
        customerB = customer("customer B", signIn(emailB), emailB);
        sessionIdOfA = Http.get("/api/v1/auth/sessions", signedInA.getString("accessToken")).jsonStructure()
                .asJsonArray().getJsonObject(0).getString("id");
        reviewer = staff("reviewer");
        admin = staff("admin");
        superadmin = staff("superadmin");
        String target = Staff.create("reviewer");
        staffEmails.add(target);
        staffId = Database.single("SELECT id FROM staff_account WHERE email = '" + target + "'").toString();

        Http.Reply claim = Http.send(Http.request("/api/v1/claims", customerA.token())
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        ClaimSubmissionIT.claim("FRA", "JFK", "LH", "LH400", "World" + System.nanoTime(),
                                "DE89 3704 0044 0532 0130 00", true))).build());
        assertEquals(201, claim.status(), claim.body());
        claimId = claim.json().getString("id");
        Http.Reply document = DocumentUploadIT.upload(customerA.token(), claimId, "boarding_pass", "pass.png", png());
        assertEquals(201, document.status(), document.body());
        documentId = document.json().getString("id");
        DocumentUploadIT.scanned(customerA.token(), documentId); // a share link waits for the scan
        Http.Reply link = Http.post("/api/v1/admin/documents/" + documentId + "/share-links", superadmin.token(), null);
        assertEquals(201, link.status(), link.body());
        shareLinkId = Long.toString(link.json().getJsonNumber("id").longValue());
        emailId = Database.single("SELECT max(id) FROM email_outbox").toString();
        Http.Reply started = Http.post("/api/v1/admin/batch/jobs/document-rescan/start", superadmin.token(), null);
        assertEquals(202, started.status(), started.body());
        executionId = Long.toString(started.json().getJsonNumber("id").longValue());
    }

    static byte[] png() {
        try {
            return TestFiles.image("png", 40, 30);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static ApiWorld create() {
        return new ApiWorld();
    }

    /**
     * Disables the world's staff accounts: its superadmin must not count as one of the enabled
     * superadmins other tests reason about (the last one cannot be disabled).
     */
    void retire() {
        Database.single("UPDATE staff_account SET enabled = FALSE WHERE email IN ('" + String.join("', '", staffEmails)
                + "') RETURNING 1");
    }

    List<Caller> callers() {
        return List.of(anonymous, customerA, customerB, reviewer, admin, superadmin);
    }

    /** The value of each path parameter in this world, by the path it appears in. */
    Map<String, String> pathValues(String path) {
        Map<String, String> values = new LinkedHashMap<>();
        String id = path.startsWith("/api/v1/claims/") || path.startsWith("/api/v1/admin/claims/") ? claimId
                : path.startsWith("/api/v1/documents/") || path.startsWith("/api/v1/admin/documents/") ? documentId
                : path.startsWith("/api/v1/admin/staff/") ? staffId
                : path.startsWith("/api/v1/admin/emails/") ? emailId
                : path.startsWith("/api/v1/admin/batch/executions/") ? executionId
                : path.startsWith("/api/v1/auth/sessions/") ? sessionIdOfA : "1";
        values.put("id", id);
        values.put("linkId", shareLinkId);
        values.put("iata", path.contains("airlines") ? "LH" : "FRA");
        values.put("type", "other");
        values.put("job", "document-rescan"); // idempotent: starting it again changes nothing
        return values;
    }

    /** The path with this world's values in place of its parameters. */
    String fill(String path) {
        String filled = path;
        for (Map.Entry<String, String> v : pathValues(path).entrySet()) {
            filled = filled.replace("{" + v.getKey() + "}", v.getValue());
        }
        return filled;
    }

    private static JsonObject signIn(String email) {
        try {
            return MagicLinkSignInIT.signIn(email);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Caller customer(String name, JsonObject signedIn, String email) {
        String payload = signedIn.getString("accessToken").split("\\.")[1];
        JsonObject claims = jakarta.json.Json.createReader(new java.io.StringReader(new String(
                Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8))).readObject();
        return new Caller(name, Tokens.forUser(claims.getString("sub"), email, "customer"));
    }

    private final List<String> staffEmails = new java.util.ArrayList<>();

    private Caller staff(String role) {
        String email = Staff.create(role);
        staffEmails.add(email);
        Object id = Database.single("SELECT id FROM staff_account WHERE email = '" + email + "'");
        return new Caller(role, Tokens.forUser("staff:" + id, email, role));
    }
}
