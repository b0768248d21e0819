package eu.flightclaim.it;

import static eu.flightclaim.it.AirportReferenceDataIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Passenger sign-in by magic link, refresh rotation with theft detection, sessions and logout. */
class MagicLinkSignInIT extends EarDeployment {

    private static final Pattern LINK = Pattern.compile("(http\\S+/login/verify\\?token=([A-Za-z0-9_-]{43}))");

    @Test
    void theWholeFlowFromEmailToApiCall() throws Exception {
        String email = "ada-" + System.nanoTime() + "@example.com";
        Http.Reply accepted = Http.post("/api/v1/auth/magic-link", null, "{\"email\":\"" + email + "\"}");
        assertEquals(202, accepted.status(), accepted.body());
        Matcher link = linkIn(email);
        String token = link.group(2);

        // a mail scanner's GET shows the page and spends nothing
        Http.Reply page = Http.get(link.group(1).replaceFirst("^https?://[^/]+", ""));
        assertEquals(200, page.status());
        assertTrue(page.body().contains("Continue"));
        assertEquals("no-referrer", page.raw().headers().firstValue("Referrer-Policy").orElse(""));
        assertFalse(page.body().contains(token), "the token is not written into the page");

        Http.Reply signedIn = Http.post("/api/v1/auth/magic-link/verify", null, "{\"token\":\"" + token + "\"}");
        assertEquals(200, signedIn.status(), signedIn.body());
        JsonObject tokens = signedIn.json();
        assertEquals("Bearer", tokens.getString("tokenType"));
        assertEquals(900, tokens.getInt("expiresIn"));

        JsonObject me = Http.get("/api/v1/me", tokens.getString("accessToken")).json();
        assertEquals(email, me.getString("name"));
        assertEquals("customer", me.getJsonArray("groups").getString(0));
        assertEquals(1, Database.count("SELECT count(*) FROM customer WHERE email = '" + email + "'"));

        assertProblem(Http.post("/api/v1/auth/magic-link/verify", null, "{\"token\":\"" + token + "\"}"), 401,
                "unauthorized");
        assertEquals("{\"redacted\":true}", Database.single("SELECT model_json FROM email_outbox WHERE recipient = '"
                + email + "'"), "the sent email keeps no usable link");
    }

    @Test
    void unknownExpiredAndMalformedTokensGetOneAnswer() throws Exception {
        String email = "grace-" + System.nanoTime() + "@example.com";
        Http.post("/api/v1/auth/magic-link", null, "{\"email\":\"" + email + "\"}");
        String token = linkIn(email).group(2);
        Database.single("UPDATE magic_link_token SET expires_at = now() - interval '1 minute' WHERE email = '" + email
                + "' RETURNING 1");
        Http.Reply expired = Http.post("/api/v1/auth/magic-link/verify", null, "{\"token\":\"" + token + "\"}");
        Http.Reply unknown = Http.post("/api/v1/auth/magic-link/verify", null,
                "{\"token\":\"" + "A".repeat(43) + "\"}");
        Http.Reply malformed = Http.post("/api/v1/auth/magic-link/verify", null, "{\"token\":\"x\"}");
        for (Http.Reply r : new Http.Reply[] {expired, unknown, malformed}) {
            assertProblem(r, 401, "unauthorized");
        }
        assertEquals(expired.json().getString("detail"), unknown.json().getString("detail"));
        assertEquals(unknown.json().getString("detail"), malformed.json().getString("detail"));
    }

    @Test
    void everyAddressGetsTheSameAnswerAndBadOnesA400() {
        Http.Reply a = Http.post("/api/v1/auth/magic-link", null, "{\"email\":\"nobody-" + System.nanoTime()
                + "@example.com\"}");
        Http.Reply b = Http.post("/api/v1/auth/magic-link", null, "{\"email\":\"" + IntegrationStack.ADMIN_EMAIL + "\"}");
        assertEquals(202, a.status());
        assertEquals(a.body(), b.body());
        assertProblem(Http.post("/api/v1/auth/magic-link", null, "{\"email\":\"not-an-address\"}"), 400, "invalid-input");
    }

    @Test
    void tooManyLinksForOneAddressAre429WithRetryAfter() {
        String email = "kim-" + System.nanoTime() + "@example.com";
        for (int i = 0; i < IntegrationStack.MAGIC_LINKS_PER_EMAIL; i++) {
            assertEquals(202, Http.post("/api/v1/auth/magic-link", null, "{\"email\":\"" + email + "\"}").status());
        }
        Http.Reply limited = Http.post("/api/v1/auth/magic-link", null, "{\"email\":\"" + email + "\"}");
        assertProblem(limited, 429, "too-many-requests");
        long retryAfter = Long.parseLong(limited.raw().headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter > 0 && retryAfter <= 3601, "Retry-After " + retryAfter);
        assertEquals(202, Http.post("/api/v1/auth/magic-link", null, "{\"email\":\"other-" + email + "\"}").status(),
                "another address is not affected");
    }

    @Test
    void refreshRotatesAndAReusedTokenRevokesTheWholeSession() throws Exception {
        JsonObject first = signIn("henry-" + System.nanoTime() + "@example.com");
        JsonObject second = Http.post("/api/v1/auth/refresh", null,
                "{\"refreshToken\":\"" + first.getString("refreshToken") + "\"}").json();
        assertNotEquals(first.getString("refreshToken"), second.getString("refreshToken"));
        assertEquals(200, Http.get("/api/v1/me", second.getString("accessToken")).status());

        // the first refresh token again: someone copied it. The session ends for everyone.
        assertProblem(Http.post("/api/v1/auth/refresh", null, "{\"refreshToken\":\"" + first.getString("refreshToken")
                + "\"}"), 401, "unauthorized");
        assertProblem(Http.post("/api/v1/auth/refresh", null, "{\"refreshToken\":\"" + second.getString("refreshToken")
                + "\"}"), 401, "unauthorized");
        String access = second.getString("accessToken");
        Await.until("the revoked session's access token refused", Duration.ofSeconds(10),
                () -> Http.get("/api/v1/me", access).status() == 401);
    }

    @Test
    void sessionsAreListedRevokedAndEndedByLogout() throws Exception {
        String email = "ida-" + System.nanoTime() + "@example.com";
        JsonObject laptop = signIn(email);
        JsonObject phone = signIn(email);
        JsonArray sessions = Http.get("/api/v1/auth/sessions", phone.getString("accessToken")).jsonStructure().asJsonArray();
        assertEquals(2, sessions.size());
        JsonObject current = sessions.stream().map(JsonObject.class::cast).filter(s -> s.getBoolean("current"))
                .findFirst().orElseThrow();
        String laptopSession = sessions.stream().map(JsonObject.class::cast).filter(s -> !s.getBoolean("current"))
                .findFirst().orElseThrow().getString("id");
        assertTrue(current.containsKey("device") && current.containsKey("lastUsedAt"));

        Http.Reply revoked = Http.send(Http.request("/api/v1/auth/sessions/" + laptopSession, phone.getString("accessToken"))
                .DELETE().build());
        assertEquals(204, revoked.status());
        Await.until("the laptop's token refused", Duration.ofSeconds(10),
                () -> Http.get("/api/v1/me", laptop.getString("accessToken")).status() == 401);
        assertEquals(200, Http.get("/api/v1/me", phone.getString("accessToken")).status());
        assertProblem(Http.send(Http.request("/api/v1/auth/sessions/" + laptopSession, phone.getString("accessToken"))
                .DELETE().build()), 404, "not-found");

        assertEquals(204, Http.post("/api/v1/auth/logout", phone.getString("accessToken"), null).status());
        Await.until("the phone's token refused after logout", Duration.ofSeconds(10),
                () -> Http.get("/api/v1/me", phone.getString("accessToken")).status() == 401);
        assertProblem(Http.post("/api/v1/auth/refresh", null, "{\"refreshToken\":\"" + phone.getString("refreshToken")
                + "\"}"), 401, "unauthorized");
    }

    @Test
    void theJwksServesTheKeyThatSignsOurTokens() throws Exception {
        JsonObject tokens = signIn("jwks-" + System.nanoTime() + "@example.com");
        String header = new String(java.util.Base64.getUrlDecoder().decode(tokens.getString("accessToken").split("\\.")[0]));
        JsonObject jwks = Http.get("/api/v1/auth/jwks").json();
        assertTrue(jwks.getJsonArray("keys").stream().map(JsonObject.class::cast)
                .anyMatch(k -> header.contains(k.getString("kid")) && "RSA".equals(k.getString("kty"))));
    }

    @Test
    void aBrowserClientKeepsItsRefreshTokenInAnHttpOnlyCookieThatRotatesAndSignOutRemoves() throws Exception {
        String email = "browser-" + System.nanoTime() + "@example.com";
        int before = Mailbox.to(email).size();
        Http.post("/api/v1/auth/magic-link", null, "{\"email\":\"" + email + "\"}");
        String token = linkIn(email, before).group(2);
        Http.Reply verified = Http.post("/api/v1/auth/magic-link/verify", null,
                "{\"token\":\"" + token + "\",\"refreshTokenCookie\":true}");
        assertEquals(200, verified.status(), verified.body());
        assertFalse(verified.json().containsKey("refreshToken"), "not in the body: " + verified.body());
        String first = refreshCookie(verified);

        Http.Reply refreshed = refreshWith(first);
        assertEquals(200, refreshed.status(), refreshed.body());
        assertFalse(refreshed.json().containsKey("refreshToken"));
        String second = refreshCookie(refreshed);
        assertNotEquals(first, second, "rotated");
        assertEquals(200, Http.get("/api/v1/me", refreshed.json().getString("accessToken")).status());

        assertEquals(401, refreshWith(first).status(), "a used cookie");
        assertEquals(401, refreshWith(second).status(), "presenting a used one ended the whole session");

        JsonObject again = signIn(email); // an API client: tokens in the body, no cookie
        Http.Reply apiRefresh = Http.post("/api/v1/auth/refresh", null,
                "{\"refreshToken\":\"" + again.getString("refreshToken") + "\"}");
        assertTrue(apiRefresh.json().containsKey("refreshToken"));
        assertTrue(apiRefresh.raw().headers().firstValue("Set-Cookie").isEmpty());
        Http.Reply out = Http.post("/api/v1/auth/logout", apiRefresh.json().getString("accessToken"), null);
        assertEquals(204, out.status());
        assertTrue(out.raw().headers().firstValue("Set-Cookie").orElse("").matches("fc_refresh=; .*Max-Age=0.*"),
                "sign-out removes a browser's cookie");
    }

    /** The fc_refresh cookie a response sets, after checking its attributes. */
    private static String refreshCookie(Http.Reply r) {
        String set = r.raw().headers().firstValue("Set-Cookie").orElseThrow();
        for (String attribute : List.of("Path=/api/v1/auth", "HttpOnly", "Secure", "SameSite=Strict", "Max-Age=2592000")) {
            assertTrue(set.contains(attribute), attribute + " in " + set);
        }
        Matcher m = Pattern.compile("^fc_refresh=([A-Za-z0-9_-]{43});").matcher(set);
        assertTrue(m.find(), set);
        return m.group(1);
    }

    private static Http.Reply refreshWith(String cookie) {
        return Http.send(Http.request("/api/v1/auth/refresh", null).header("Content-Type", "application/json")
                .header("Cookie", "fc_refresh=" + cookie).POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}"))
                .build());
    }

    static JsonObject signIn(String email) throws Exception {
        int before = Mailbox.to(email).size();
        Http.post("/api/v1/auth/magic-link", null, "{\"email\":\"" + email + "\"}");
        String token = linkIn(email, before).group(2);
        Http.Reply r = Http.post("/api/v1/auth/magic-link/verify", null, "{\"token\":\"" + token + "\"}");
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    static Matcher linkIn(String email) throws Exception {
        return linkIn(email, 0);
    }

    /** The sign-in link of the first email to {@code email} after the {@code before} it had already. */
    static Matcher linkIn(String email, int before) throws Exception {
        return linkIn(Mailbox.await(email, before), "Your Flight Claim sign-in link");
    }

    /** The sign-in link in an email whose subject is {@code subject} (the language's). */
    static Matcher linkIn(MimeMessage mail, String subject) throws Exception {
        assertEquals(subject, mail.getSubject());
        String text = Mailbox.text(mail);
        Matcher m = LINK.matcher(text);
        assertTrue(m.find(), text);
        return m;
    }
}
