package eu.flightclaim.it;

import static eu.flightclaim.it.AirportReferenceDataIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.flightclaim.files.domain.model.document.TestFiles;
import jakarta.json.JsonObject;
import java.math.BigInteger;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The right to erasure and retention, through the API and the daily job: a passenger with two claims,
 * a document, messages and emails asks; staff carry it out (the open claim is withdrawn, both are
 * restricted, the account's data goes at once); past the claims' deadlines the retention run leaves
 * no trace of the passenger's name, address or IBAN in any text column of any table, nor any object in
 * the store, while the claims stay as statistics.
 */
class DataErasureIT extends EarDeployment {

    private static final Random RANDOM = new Random();

    @Test
    void anErasureRestrictsAtOnceAndRetentionLeavesNothingThatNamesThePassenger() throws Exception {
        String first = "Ysolde" + letters(6);
        String last = "Quenby" + letters(6);
        String holder = first + " " + last;
        String iban = iban();
        String phone = "+49 30 " + (1_000_000 + RANDOM.nextInt(8_999_999));
        String booking = letters(6).toUpperCase();
        String email = "erase-" + System.nanoTime() + "@example.com";
        String token = MagicLinkSignInIT.signIn(email).getString("accessToken");
        String finished = submit(token, "LH410", first, last, holder, iban, phone, booking);
        String open = submit(token, "LH412", first, last, holder, iban, phone, booking);
        String customer = Database.single("SELECT customer_id FROM claim WHERE id = '" + finished + "'").toString();
        String document = DocumentUploadIT.upload(token, finished, "boarding_pass", last + "-boarding.pdf",
                TestFiles.pdf(1)).json().getString("id");
        Path object = IntegrationStack.webDav() == null ? null : DocumentUploadIT.storedObject(document);
        assertTrue(object == null || Files.exists(object));
        assertEquals(201, Http.post("/api/v1/claims/" + finished + "/messages", token,
                "{\"body\":\"This is " + holder + " writing.\"}").status());
        String admin = Staff.token(Staff.create("admin"));
        assertEquals(200, Http.call("POST", "/api/v1/admin/claims/" + finished + "/transitions", admin,
                "{\"to\":\"rejected\",\"reason\":\"" + last + " checked in too late.\"}", null).status());

        // the passenger asks, twice: one request
        Http.Reply asked = Http.post("/api/v1/account/erasure-request", token, null);
        assertEquals(202, asked.status(), asked.body());
        String request = asked.json().getString("id");
        assertEquals("requested", asked.json().getString("status"));
        assertEquals(request, Http.post("/api/v1/account/erasure-request", token, null).json().getString("id"));
        assertEquals("requested", Http.get("/api/v1/account/erasure-request", token).json().getString("status"));
        JsonObject listed = Http.get("/api/v1/admin/erasure-requests", admin).json();
        assertTrue(listed.getJsonArray("items").stream().map(JsonObject.class::cast).anyMatch(r ->
                r.getString("id").equals(request) && email.equals(r.getString("customerEmail"))), listed.toString());

        // a refusal needs a reason; then staff carry it out, once
        String decision = "/api/v1/admin/erasure-requests/" + request + "/decision";
        Http.Reply noReason = Http.post(decision, admin, "{\"decision\":\"refuse\",\"note\":\"  \"}");
        assertProblem(noReason, 400, "invalid-input");
        assertTrue(noReason.body().contains("\"note\""), noReason.body());
        assertProblem(Http.post(decision, admin, "{\"decision\":\"forget\"}"), 400, "invalid-input");
        Http.Reply done = Http.post(decision, admin, "{\"decision\":\"carry-out\",\"note\":\"Erased as asked.\"}");
        assertEquals(200, done.status(), done.body());
        assertEquals("carried-out", done.json().getString("status"));
        LocalDate deadline = ((java.sql.Date) Database.single("SELECT max(deadline) FROM claim WHERE id IN ('" + finished
                + "', '" + open + "')")).toLocalDate();
        assertEquals(deadline.plusDays(90).toString(), done.json().getString("restrictedUntil"),
                "kept until the limitation deadline and FC_RETENTION_DAYS_AFTER_DEADLINE's 90 days");
        assertEquals(email, done.json().getString("customerEmail"), "held for legal claims meanwhile");
        assertProblem(Http.post(decision, admin, "{\"decision\":\"refuse\",\"note\":\"No.\"}"), 409, "conflict");

        // restricted: the open claim withdrawn, both out of everyday work, the account's data gone now
        assertEquals("WITHDRAWN", Database.single("SELECT status FROM claim WHERE id = '" + open + "'"));
        assertEquals(2L, Database.count("SELECT count(*) FROM claim WHERE restricted_at IS NOT NULL AND id IN ('"
                + finished + "', '" + open + "')"));
        assertEquals(0, Http.get("/api/v1/admin/claims?q=" + last, admin).json().getInt("total"));
        assertEquals(200, Http.get("/api/v1/admin/claims/" + finished, admin).status(), "still there for legal claims");
        assertEquals(0L, Database.count("SELECT count(*) FROM customer WHERE lower(email) = '" + email + "'"));
        assertEquals(0L, Database.count("SELECT count(*) FROM email_outbox WHERE lower(recipient) = '" + email + "'"));
        assertEquals(0L, Database.count("SELECT count(*) FROM auth_session s JOIN claim c ON s.subject ="
                + " c.customer_id::text WHERE c.id = '" + finished + "'"));
        Await.until("the passenger's tokens refused: their sessions are gone", Duration.ofSeconds(10),
                () -> Http.get("/api/v1/account", token).status() == 401 ? true : null);

        // past the deadlines, the daily run erases the rest
        Database.single("UPDATE claim SET deadline = current_date - 200 WHERE id IN ('" + finished + "', '" + open
                + "') RETURNING 1");
        JsonObject run = Staff.runJob("claim-follow-up", admin);
        assertEquals("COMPLETED", run.getString("status"), run.toString());
        assertEquals(2L, Database.count("SELECT count(*) FROM claim WHERE anonymised_at IS NOT NULL AND restricted_at"
                + " IS NULL AND status IN ('REJECTED', 'WITHDRAWN') AND amount = 600 AND id IN ('" + finished + "', '"
                + open + "')"), "kept as statistics");
        assertEquals(0L, Database.count("SELECT count(*) FROM document WHERE id = '" + document + "'"));
        assertTrue(object == null || !Files.exists(object), "the object left the store");
        assertEquals(404, Http.get("/api/v1/admin/claims/" + finished, admin).status());
        assertNull(Database.single("SELECT held_email FROM erasure_request WHERE id = '" + request + "'"));
        assertEquals(0L, Database.count("SELECT count(*) FROM claim WHERE customer_id = '" + customer + "'"),
                "an anonymised claim no longer says whose it was");
        for (String action : List.of("customer.erasure-requested", "customer.erasure-carried-out", "customer.forgotten")) {
            assertEquals(1L, Database.count("SELECT count(*) FROM audit_log WHERE action = '" + action
                    + "' AND target = 'customer:" + customer + "'"), action);
        }
        assertEquals(2L, Database.count("SELECT count(*) FROM audit_log WHERE action = 'claim.anonymised' AND target IN"
                + " ('claim:" + finished + "', 'claim:" + open + "')"));

        List<String> found = textColumnsContaining(List.of(first, last, email, iban, iban.substring(iban.length() - 10),
                phone, booking));
        assertEquals(List.of(), found, "no personal data left in any table");

        // the address is free again: signing in starts a new, empty account
        String again = MagicLinkSignInIT.signIn(email).getString("accessToken");
        assertEquals(0, Http.get("/api/v1/claims", again).json().getInt("total"));
        assertEquals("none", Http.get("/api/v1/account/erasure-request", again).json().getString("status"));
    }

    @Test
    void aRefusalIsKeptWithItsReasonAndChangesNothing() throws Exception {
        String[] c = ClaimLifecycleIT.newClaim("LH414", "Kept-" + letters(5));
        String request = Http.post("/api/v1/account/erasure-request", c[1], null).json().getString("id");
        String admin = Staff.token(Staff.create("admin"));
        assertProblem(Http.post("/api/v1/admin/erasure-requests/" + request + "/decision", Staff.token(
                Staff.create("reviewer")), "{\"decision\":\"carry-out\"}"), 403, "forbidden");
        Http.Reply refused = Http.post("/api/v1/admin/erasure-requests/" + request + "/decision", admin,
                "{\"decision\":\"refuse\",\"note\":\"Your claim is being paid; ask again once it is.\"}");
        assertEquals(200, refused.status(), refused.body());
        JsonObject mine = Http.get("/api/v1/account/erasure-request", c[1]).json();
        assertEquals("refused", mine.getString("status"));
        assertEquals("Your claim is being paid; ask again once it is.", mine.getString("note"));
        assertFalse(mine.containsKey("customerEmail") && !mine.isNull("customerEmail"), "staff fields stay with staff");
        assertEquals(1, Http.get("/api/v1/claims", c[1]).json().getInt("total"));
        assertNull(Database.single("SELECT restricted_at FROM claim WHERE id = '" + c[2] + "'"));
        assertNotNull(Database.single("SELECT 1 FROM customer WHERE lower(email) = '" + c[0] + "'"));
        // asking again after a refusal is a new request
        assertFalse(request.equals(Http.post("/api/v1/account/erasure-request", c[1], null).json().getString("id")));
    }

    private static String submit(String token, String flight, String first, String last, String holder, String iban,
            String phone, String booking) {
        String body = ClaimSubmissionIT.claim("FRA", "JFK", "LH", flight, last, iban, true)
                .replace("\"firstName\": \"Ada\"", "\"firstName\": \"" + first + "\"")
                .replace("\"Ada Lovelace\"", "\"" + holder + "\"").replace("+49 30 1234567", phone)
                .replace("ABC123", booking);
        Http.Reply r = Http.send(Http.request("/api/v1/claims", token).header("Content-Type", "application/json")
                .header("Idempotency-Key", "e-" + System.nanoTime()).POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
        assertEquals(201, r.status(), r.body());
        return r.json().getString("id");
    }

    /** Every text column of every table, searched for each needle; "table.column: needle" for each find. */
    private static List<String> textColumnsContaining(List<String> needles) throws Exception {
        var db = IntegrationStack.database();
        List<String> found = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
                Statement s = c.createStatement()) {
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT table_schema, table_name, column_name FROM information_schema.columns"
                    + " WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND data_type IN ('text',"
                    + " 'character varying', 'character', 'json', 'jsonb')")) {
                while (rs.next()) {
                    columns.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                }
            }
            assertTrue(columns.size() > 50, "the search covers the schema: " + columns.size() + " columns");
            for (String[] col : columns) {
                for (String needle : needles) {
                    try (ResultSet rs = s.executeQuery("SELECT count(*) FROM \"" + col[0] + "\".\"" + col[1] + "\" WHERE"
                            + " strpos(lower(\"" + col[2] + "\"::text), lower('" + needle + "')) > 0")) {
                        rs.next();
                        if (rs.getLong(1) > 0) {
                            found.add(col[1] + "." + col[2] + ": " + needle);
                        }
                    }
                }
            }
        }
        return found;
    }

    private static String letters(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return b.toString();
    }

    /** A valid German IBAN of its own (ISO 13616 check digits). */
    private static String iban() {
        String bban = "37040044" + String.format("%010d", RANDOM.nextInt(1_000_000_000));
        int check = 98 - new BigInteger(bban + "131400").mod(BigInteger.valueOf(97)).intValue();
        return "DE" + String.format("%02d", check) + bban;
    }
}
