package eu.flightclaim.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The console's form login against the staff identity store (HTTP level). */
class ConsoleLoginIT extends EarDeployment {

    private final HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aProtectedPageSendsToTheLoginPage() {
        Http.Reply console = get("/admin/system.xhtml");
        assertEquals(302, console.status());
        assertTrue(location(console).endsWith("/admin/login.xhtml"), location(console));

        Http.Reply login = get("/admin/login.xhtml");
        assertEquals(200, login.status());
        assertTrue(login.body().contains("action=\"j_security_check\""));
        assertTrue(login.body().contains("name=\"j_username\"") && login.body().contains("name=\"j_password\""));
    }

    @Test
    void aWrongPasswordIsRefused() {
        get("/admin/system.xhtml");
        Http.Reply refused = login(IntegrationStack.ADMIN_EMAIL, "not the password");
        assertEquals(302, refused.status());
        assertTrue(location(refused).endsWith("/admin/login.xhtml?error=true"), location(refused));
        assertTrue(get("/admin/login.xhtml?error=true").body().contains("not right"));
        assertEquals(302, get("/admin/system.xhtml").status(), "still signed out");

        assertEquals(302, login("nobody@flightclaim.test", IntegrationStack.ADMIN_PASSWORD).status());
        assertEquals(302, get("/admin/system.xhtml").status(), "an unknown email does not get in either");
    }

    /**
     * However the login page was reached (a bookmark, "sign in again" after a timeout, after signing out,
     * sent by a protected page, a second try, signed in already, or no page at all before the post; the
     * real sign-out button is ConsoleKeyboardIT's), a refused sign-in
     * lands on the login page with the message: never on a blank page.
     */
    @Test
    void everyWayToTheLoginPageShowsARefusalOnIt() {
        // an unknown account: refused the same way, and the bootstrap admin is not locked by the tries
        String nobody = "nobody-" + System.nanoTime() + "@flightclaim.test";
        java.util.Map<String, Runnable> entries = new java.util.LinkedHashMap<>();
        entries.put("opened directly", () -> get("/admin/login.xhtml"));
        entries.put("after the session ended", () -> get("/admin/login.xhtml?expired=true"));
        entries.put("after signing out", () -> get("/admin/login.xhtml?signedOut=true"));
        entries.put("while signed in (another account)", () -> {
            signedIn();
            get("/admin/login.xhtml");
        });
        entries.put("from a protected page", () -> get("/admin/claims.xhtml?status=approved"));
        entries.put("after a first refusal", () -> {
            get("/admin/login.xhtml");
            login(nobody, "wrong once");
            get("/admin/login.xhtml?error=true");
        });
        entries.put("with no page before", () -> { });
        entries.forEach((entry, reach) -> {
            ((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().removeAll();
            reach.run();
            Http.Reply refused = login(nobody, "not the password");
            assertEquals(302, refused.status(), entry);
            assertTrue(location(refused).endsWith("/admin/login.xhtml?error=true"), entry + ": " + location(refused));
            Http.Reply page = get(location(refused).replace(IntegrationStack.httpBase(), ""));
            assertEquals(200, page.status(), entry);
            assertTrue(page.body().contains("id=\"login-error\"") && page.body().contains("not right"), entry);
        });
    }

    @Test
    void theBootstrapAdminGetsInAndSeesTheSystemPage() {
        get("/admin/system.xhtml");
        Http.Reply accepted = login(IntegrationStack.ADMIN_EMAIL, IntegrationStack.ADMIN_PASSWORD);
        assertEquals(302, accepted.status());
        assertTrue(location(accepted).endsWith("/admin/system.xhtml"), "back to the page asked for: " + location(accepted));

        Http.Reply system = get("/admin/system.xhtml");
        assertEquals(200, system.status());
        assertTrue(system.body().contains("<h1>System</h1>"));
        assertTrue(system.body().contains(IntegrationStack.ADMIN_EMAIL), "the layout names who is signed in");
        for (String check : new String[] {"database", "jms", "mail"}) {
            assertTrue(system.body().contains(">" + check + "<"), "health row " + check);
        }
        assertTrue(system.body().contains("Start reference-data-import"));
        assertEquals(200, get("/admin/emails.xhtml").status());
        assertEquals(200, get("/admin/airports.xhtml").status());
    }

    @Test
    void pagesCarryTheSecurityHeaders() {
        signedIn();
        Http.Reply page = get("/admin/dashboard.xhtml");
        assertEquals(200, page.status());
        var headers = page.raw().headers();
        var policies = String.join(" ; ", headers.allValues("Content-Security-Policy"));
        assertTrue(policies.contains("frame-ancestors 'self'") && policies.contains("object-src 'none'"), policies);
        assertTrue(policies.contains("nonce-"), "scripts only with the response's nonce: " + policies);
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("SAMEORIGIN", headers.firstValue("X-Frame-Options").orElse(""));
        assertEquals("no-store", headers.firstValue("Cache-Control").orElse(""));
        assertTrue(headers.firstValue("Strict-Transport-Security").isEmpty(), "HSTS only over TLS");
    }

    @Test
    void aPostWithoutTheViewStateChangesNothing() {
        signedIn();
        // what a forged cross-site form would send: the right field names, a guessed view state
        Http.Reply forged = Http.send(browser, java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                IntegrationStack.httpBase() + "/admin/emails.xhtml")).header("Content-Type",
                "application/x-www-form-urlencoded").POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                "test=test&test%3Ato=victim%40example.com&test%3Asend=&jakarta.faces.ViewState=1%3A2")).build());
        assertEquals(302, forged.status(), "refused with a redirect, not an error page");
        assertTrue(location(forged).endsWith("/admin/login.xhtml?expired=true"), location(forged));
        assertEquals(0, Database.count("SELECT count(*) FROM email_outbox WHERE recipient = 'victim@example.com'"));
    }

    /** Signs in the way a browser does: the page asked for, the login, then back to that page. */
    private void signedIn() {
        get("/admin/system.xhtml");
        Http.Reply accepted = login(IntegrationStack.ADMIN_EMAIL, IntegrationStack.ADMIN_PASSWORD);
        assertEquals(200, get(location(accepted).replace(IntegrationStack.httpBase(), "")).status());
    }

    private Http.Reply get(String path) {
        return Http.send(browser, HttpRequest.newBuilder(java.net.URI.create(IntegrationStack.httpBase() + path)).GET().build());
    }

    private Http.Reply login(String email, String password) {
        String form = "j_username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&j_password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return Http.send(browser, HttpRequest.newBuilder(java.net.URI.create(IntegrationStack.httpBase()
                + "/admin/j_security_check")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private static String location(Http.Reply reply) {
        return reply.raw().headers().firstValue("Location").orElse("");
    }
}
