package eu.flightclaim.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/** A console user as a browser without scripts: the form sign-in, then pages with its session cookie. */
final class ConsoleClient {

    private ConsoleClient() {
    }

    /** Signed in on the console at {@code base}; redirects are not followed (a page is a 200 or a failure). */
    static HttpClient signedIn(String base, String email, String password) {
        HttpClient console = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        Http.send(console, HttpRequest.newBuilder(URI.create(base + "/admin/claims.xhtml")).build());
        String form = "j_username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&j_password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        Http.Reply r = Http.send(console, HttpRequest.newBuilder(URI.create(base + "/admin/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        assertEquals(302, r.status(), r.body());
        Http.Reply page = page(console, base + "/admin/claims.xhtml");
        assertEquals(200, page.status(), page.body());
        return console;
    }

    /** A page, which must be the page and not the login page. */
    static Http.Reply page(HttpClient console, String url) {
        Http.Reply page = Http.send(console, HttpRequest.newBuilder(URI.create(url)).build());
        assertFalse(page.body().contains("j_username"), "signed in");
        return page;
    }
}
