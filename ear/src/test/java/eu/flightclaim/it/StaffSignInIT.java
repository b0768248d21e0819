package eu.flightclaim.it;

import static eu.flightclaim.it.AirportReferenceDataIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.flightclaim.claims.domain.model.staff.Totp;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Staff sign-in through the API: roles in the token, lock-out, TOTP with recovery codes. */
class StaffSignInIT extends EarDeployment {

    private static final String PASSWORD = Staff.PASSWORD;

    @Test
    void theBootstrapAdminSignsInWithTheStaffRolesInTheToken() {
        JsonObject tokens = login(IntegrationStack.ADMIN_EMAIL, IntegrationStack.ADMIN_PASSWORD, null);
        JsonObject me = Http.get("/api/v1/me", tokens.getString("accessToken")).json();
        assertTrue(me.getJsonArray("groups").toString().contains("superadmin"));
        assertEquals(200, Http.get("/api/v1/admin/emails", tokens.getString("accessToken")).status());
    }

    @Test
    void aReviewerCannotReachAdminEndpoints() {
        String email = Staff.create("reviewer");
        String token = login(email, PASSWORD, null).getString("accessToken");
        assertProblem(Http.get("/api/v1/admin/emails", token), 403, "forbidden");
        assertProblem(Http.get("/api/v1/admin/batch/executions", token), 403, "forbidden");
    }

    @Test
    void fiveFailuresLockTheAccountUntilThePeriodEnds() {
        String email = Staff.create("reviewer");
        for (int i = 0; i < 5; i++) {
            assertProblem(attempt(email, "wrong-password-" + i, null), 401, "unauthorized");
        }
        Http.Reply locked = attempt(email, PASSWORD, null);
        assertProblem(locked, 401, "unauthorized");
        assertEquals(attempt("nobody@flightclaim.test", PASSWORD, null).json().getString("detail"),
                locked.json().getString("detail"), "a locked account and an unknown one answer alike");
        Await.until("the lock-out to end", Duration.ofSeconds(IntegrationStack.LOCKOUT_SECONDS + 10),
                () -> attempt(email, PASSWORD, null).status() == 200);
    }

    @Test
    void withTwoFactorSignInACodeOrARecoveryCodeIsNeeded() {
        String email = Staff.create("admin");
        String token = login(email, PASSWORD, null).getString("accessToken");
        JsonObject enrolment = Http.post("/api/v1/auth/staff/totp", token, null).json();
        String secret = enrolment.getString("secret");
        assertTrue(enrolment.getString("uri").startsWith("otpauth://totp/"));
        assertProblem(Http.post("/api/v1/auth/staff/totp/confirm", token, "{\"code\":\"000000\"}"), 400, "invalid-input");

        long step = Instant.now().getEpochSecond() / Totp.STEP_SECONDS;
        Http.Reply confirmed = Http.post("/api/v1/auth/staff/totp/confirm", token,
                "{\"code\":\"" + Totp.code(secret, step, 6) + "\"}");
        assertEquals(200, confirmed.status(), confirmed.body());
        List<String> recovery = confirmed.json().getJsonArray("recoveryCodes").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList();
        assertEquals(10, recovery.size());

        assertProblem(attempt(email, PASSWORD, null), 401, "unauthorized");
        assertProblem(attempt(email, PASSWORD, Totp.code(secret, step, 6)), 401, "unauthorized"); // spent already
        assertEquals(200, attempt(email, PASSWORD, Totp.code(secret, step + 1, 6)).status());
        assertEquals(200, attempt(email, PASSWORD, recovery.get(0)).status());
        assertProblem(attempt(email, PASSWORD, recovery.get(0)), 401, "unauthorized");
    }

    private static Http.Reply attempt(String email, String password, String totp) {
        return Http.post("/api/v1/auth/staff/login", null, "{\"email\":\"" + email + "\",\"password\":\"" + password + "\""
                + (totp == null ? "" : ",\"totp\":\"" + totp + "\"") + "}");
    }

    private static JsonObject login(String email, String password, String totp) {
        Http.Reply r = attempt(email, password, totp);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }
}
