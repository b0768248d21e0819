package eu.flightclaim.it;

import static eu.flightclaim.it.AirportReferenceDataIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.flightclaim.claims.domain.model.staff.Argon2idPasswordHasher;
import eu.flightclaim.claims.domain.model.staff.Totp;
import jakarta.json.JsonObject;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** With FC_STAFF_TOTP_REQUIRED (the default), an admin without a second factor may only set one up. */
class StaffSecondFactorRequiredIT extends EarDeployment {

    private static final String PASSWORD = "violet-harbour-7-lantern";

    @BeforeAll
    static void require() {
        IntegrationStack.setServerConfig("FC_STAFF_TOTP_REQUIRED", "true");
    }

    @AfterAll
    static void relax() {
        IntegrationStack.setServerConfig("FC_STAFF_TOTP_REQUIRED", "false");
    }

    @Test
    void anAdminWithoutASecondFactorGetsAnEnrolmentOnlyTokenThenTheFullRoles() {
        String email = newAdmin();
        JsonObject first = Await.until("the requirement in force", Duration.ofSeconds(90), () -> {
            JsonObject t = login(email, null);
            return t.getBoolean("totpEnrolmentRequired") ? t : null;
        });
        String limited = first.getString("accessToken");
        assertEquals("[\"totp-enrolment\"]", Http.get("/api/v1/me", limited).json().getJsonArray("groups").toString());
        assertProblem(Http.get("/api/v1/admin/emails", limited), 403, "forbidden");

        String secret = Http.post("/api/v1/auth/staff/totp", limited, null).json().getString("secret");
        long step = Instant.now().getEpochSecond() / Totp.STEP_SECONDS;
        assertEquals(200, Http.post("/api/v1/auth/staff/totp/confirm", limited,
                "{\"code\":\"" + Totp.code(secret, step, 6) + "\"}").status());
        JsonObject full = login(email, Totp.code(secret, step + 1, 6));
        assertEquals(false, full.getBoolean("totpEnrolmentRequired"));
        assertEquals(200, Http.get("/api/v1/admin/emails", full.getString("accessToken")).status());
    }

    @Test
    void theConsoleSendsSuchAnAdminToTheSetUpPageWithAQrCode() {
        String email = newAdmin();
        Await.until("the requirement in force", Duration.ofSeconds(90),
                () -> login(email, null).getBoolean("totpEnrolmentRequired"));
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        Http.send(browser, HttpRequest.newBuilder(URI.create(IntegrationStack.httpBase() + "/admin/")).build());
        String form = "j_username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&j_password=" + PASSWORD;
        Http.Reply landing = Http.send(browser, HttpRequest.newBuilder(URI.create(IntegrationStack.httpBase()
                + "/admin/j_security_check")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertTrue(landing.body().contains("two-factor sign-in"), landing.body());
        Http.Reply setUp = Http.send(browser, HttpRequest.newBuilder(URI.create(IntegrationStack.httpBase()
                + "/admin/account/totp.xhtml")).build());
        assertEquals(200, setUp.status());
        assertTrue(setUp.body().contains("<svg") && setUp.body().contains("id=\"secret\""));
        Http.Reply system = Http.send(browser, HttpRequest.newBuilder(URI.create(IntegrationStack.httpBase()
                + "/admin/system.xhtml")).build());
        assertTrue(system.body().contains("needs two-factor sign-in"), "no admin page before the set-up");
    }

    private static String newAdmin() {
        String email = "admin-" + System.nanoTime() + "@flightclaim.test";
        Object id = Database.single("INSERT INTO staff_account (email, display_name, password_hash) VALUES ('" + email
                + "', 'Admin', '" + Argon2idPasswordHasher.DEFAULT.hash(PASSWORD) + "') RETURNING id");
        Database.single("INSERT INTO staff_account_role VALUES (" + id + ", 'admin') RETURNING 1");
        return email;
    }

    private static JsonObject login(String email, String totp) {
        Http.Reply r = Http.post("/api/v1/auth/staff/login", null, "{\"email\":\"" + email + "\",\"password\":\""
                + PASSWORD + "\"" + (totp == null ? "" : ",\"totp\":\"" + totp + "\"") + "}");
        assertEquals(200, r.status(), r.body());
        return r.json();
    }
}
