package eu.flightclaim.it;

import static eu.flightclaim.it.AirportReferenceDataIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Superadmins manage staff through the API: invite, roles, disable, audit; staff reset their password. */
class StaffManagementIT extends EarDeployment {

    private static final Pattern LINK = Pattern.compile("/admin/set-password\\.xhtml\\?token=([A-Za-z0-9_-]{43})");
    private static final String PASSWORD = "violet-harbour-7-lantern";

    @Test
    void anInvitedMemberChoosesAPasswordSignsInAndIsManaged() throws Exception {
        String superadmin = staffToken(IntegrationStack.ADMIN_EMAIL, IntegrationStack.ADMIN_PASSWORD);
        String email = "sam-" + System.nanoTime() + "@flightclaim.test";
        Http.Reply invited = Http.post("/api/v1/admin/staff", superadmin,
                "{\"email\":\"" + email + "\",\"displayName\":\"Sam\",\"roles\":[\"reviewer\"]}");
        assertEquals(201, invited.status(), invited.body());
        long id = invited.json().getJsonNumber("id").longValue();
        assertProblem(Http.post("/api/v1/admin/staff", superadmin,
                "{\"email\":\"" + email + "\",\"displayName\":\"Sam\",\"roles\":[\"reviewer\"]}"), 409, "conflict");
        assertProblem(Http.post("/api/v1/admin/staff", superadmin,
                "{\"email\":\"x-" + email + "\",\"displayName\":\"X\",\"roles\":[\"pilot\"]}"), 400, "invalid-input");

        String token = linkIn(email, 0);
        assertEquals(200, Http.get("/admin/set-password.xhtml?token=" + token).status(), "the console page opens");
        assertProblem(setPassword(token, "password1234"), 400, "invalid-input");
        assertEquals(204, setPassword(token, PASSWORD).status());
        assertProblem(setPassword(token, PASSWORD + "x"), 401, "unauthorized");

        String reviewer = staffToken(email, PASSWORD);
        assertProblem(Http.get("/api/v1/admin/staff", reviewer), 403, "forbidden");

        JsonObject promoted = Http.send(Http.request("/api/v1/admin/staff/" + id + "/roles", superadmin)
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"roles\":[\"reviewer\",\"admin\"]}")).build())
                .json();
        assertTrue(promoted.getJsonArray("roles").toString().contains("admin"));
        Await.until("the old token (old roles) refused", Duration.ofSeconds(10),
                () -> Http.get("/api/v1/me", reviewer).status() == 401);

        assertEquals(200, Http.post("/api/v1/admin/staff/" + id + "/disable", superadmin, null).status());
        assertProblem(attempt(email, PASSWORD), 401, "unauthorized");
        assertEquals(200, Http.post("/api/v1/admin/staff/" + id + "/enable", superadmin, null).status());
        assertEquals(200, attempt(email, PASSWORD).status());

        JsonObject audit = Http.get("/api/v1/admin/audit?target=" + email, superadmin).json();
        String actions = audit.getJsonArray("items").toString();
        for (String action : new String[] {"staff.invite", "staff.invitation-accepted", "staff.roles", "staff.disable",
                "staff.enable"}) {
            assertTrue(actions.contains(action), action + " in " + actions);
        }
        JsonObject roles = audit.getJsonArray("items").stream().map(JsonObject.class::cast)
                .filter(e -> "staff.roles".equals(e.getString("action"))).findFirst().orElseThrow();
        assertTrue(roles.getString("before").contains("reviewer") && !roles.getString("before").contains("admin"));
        assertTrue(roles.getString("after").contains("admin"));
        assertEquals(IntegrationStack.ADMIN_EMAIL, roles.getString("actor"));
        assertProblem(Http.get("/api/v1/admin/audit?from=yesterday", superadmin), 400, "invalid-input");
    }

    @Test
    void theLastSuperadminCannotBeDisabledOrDemoted() {
        String superadmin = staffToken(IntegrationStack.ADMIN_EMAIL, IntegrationStack.ADMIN_PASSWORD);
        long self = Http.get("/api/v1/admin/staff", superadmin).jsonStructure().asJsonArray().stream()
                .map(JsonObject.class::cast).filter(s -> IntegrationStack.ADMIN_EMAIL.equals(s.getString("email")))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        assertProblem(Http.post("/api/v1/admin/staff/" + self + "/disable", superadmin, null), 409, "conflict");
        assertProblem(Http.send(Http.request("/api/v1/admin/staff/" + self + "/roles", superadmin)
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"roles\":[\"reviewer\"]}")).build()), 409,
                "conflict");
        assertProblem(Http.get("/api/v1/admin/staff/999999", superadmin), 404, "not-found");
    }

    @Test
    void aForgottenPasswordIsResetByEmail() throws Exception {
        String superadmin = staffToken(IntegrationStack.ADMIN_EMAIL, IntegrationStack.ADMIN_PASSWORD);
        String email = "rita-" + System.nanoTime() + "@flightclaim.test";
        Http.post("/api/v1/admin/staff", superadmin, "{\"email\":\"" + email + "\",\"displayName\":\"Rita\","
                + "\"roles\":[\"reviewer\"]}");
        assertEquals(204, setPassword(linkIn(email, 0), PASSWORD).status());

        Http.Reply asked = Http.post("/api/v1/auth/staff/password-reset", null, "{\"email\":\"" + email + "\"}");
        assertEquals(202, asked.status());
        assertEquals(asked.body(), Http.post("/api/v1/auth/staff/password-reset", null,
                "{\"email\":\"nobody-" + System.nanoTime() + "@flightclaim.test\"}").body(), "no enumeration");
        String newPassword = "amber-meadow-42-kettle";
        assertEquals(204, setPassword(linkIn(email, 1), newPassword).status());
        assertProblem(attempt(email, PASSWORD), 401, "unauthorized");
        assertEquals(200, attempt(email, newPassword).status());
    }

    private static Http.Reply setPassword(String token, String password) {
        return Http.post("/api/v1/auth/staff/password", null,
                "{\"token\":\"" + token + "\",\"password\":\"" + password + "\"}");
    }

    private static Http.Reply attempt(String email, String password) {
        return Http.post("/api/v1/auth/staff/login", null, "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    }

    private static String staffToken(String email, String password) {
        Http.Reply r = attempt(email, password);
        assertEquals(200, r.status(), r.body());
        return r.json().getString("accessToken");
    }

    /** The token of email number {@code index} (from 0) sent to {@code email}. */
    private static String linkIn(String email, int index) throws Exception {
        String text = Mailbox.text(Mailbox.await(email, index));
        Matcher m = LINK.matcher(text);
        assertTrue(m.find(), text);
        assertFalse(text.contains("{{"), "rendered");
        return m.group(1);
    }
}
