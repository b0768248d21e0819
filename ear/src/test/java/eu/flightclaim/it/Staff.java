package eu.flightclaim.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.flightclaim.claims.domain.model.staff.Argon2idPasswordHasher;
import jakarta.json.JsonObject;
import java.time.Duration;

/** Staff for tests: accounts made in the database, their API tokens, and batch jobs they start. */
final class Staff {

    static final String PASSWORD = "violet-harbour-7-lantern";

    private Staff() {
    }

    /** A staff account made directly in the database, so the bootstrap admin stays as it is. */
    static String create(String role) {
        return create(role, Database::single);
    }

    /** The same in the database {@code sql} runs a statement on (one that answers a row) and returns its first value. */
    static String create(String role, java.util.function.Function<String, Object> sql) {
        String email = role + "-" + System.nanoTime() + "@flightclaim.test";
        Object id = sql.apply("INSERT INTO staff_account (email, display_name, password_hash) VALUES ('" + email
                + "', 'Test " + role + "', '" + Argon2idPasswordHasher.DEFAULT.hash(PASSWORD) + "') RETURNING id");
        sql.apply("INSERT INTO staff_account_role VALUES (" + id + ", '" + role + "') RETURNING 1");
        return email;
    }

    /** A staff account with two-factor sign-in set up with {@code totpSecret}, for the console. */
    static void createWithTotp(String email, String name, String totpSecret, String... roles) {
        Object id = Database.single("INSERT INTO staff_account (email, display_name, password_hash, totp_enabled,"
                + " totp_secret) VALUES ('" + email + "', '" + name + "', '" + Argon2idPasswordHasher.DEFAULT.hash(PASSWORD)
                + "', TRUE, '" + totpSecret + "') RETURNING id");
        for (String role : roles) {
            Database.single("INSERT INTO staff_account_role VALUES (" + id + ", '" + role + "') RETURNING 1");
        }
    }

    /** An access token from the real staff sign-in (TOTP is off in the test domain). */
    static String token(String email) {
        Http.Reply r = Http.post("/api/v1/auth/staff/login", null, "{\"email\":\"" + email + "\",\"password\":\""
                + PASSWORD + "\"}");
        assertEquals(200, r.status(), r.body());
        return r.json().getString("accessToken");
    }

    /** Starts a batch job through the API and waits for it to end; returns the execution. */
    static JsonObject runJob(String job, String adminToken) {
        Http.Reply started = Http.post("/api/v1/admin/batch/jobs/" + job + "/start", adminToken, null);
        assertEquals(202, started.status(), started.body());
        long execution = started.json().getJsonNumber("id").longValue();
        return Await.until(job + " to end", Duration.ofMinutes(2), () -> {
            JsonObject e = Http.get("/api/v1/admin/batch/executions/" + execution, adminToken).json();
            return "COMPLETED".equals(e.getString("status")) || "FAILED".equals(e.getString("status")) ? e : null;
        });
    }
}
