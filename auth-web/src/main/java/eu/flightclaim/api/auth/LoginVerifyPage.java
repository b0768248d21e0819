package eu.flightclaim.api.auth;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Where the sign-in email's link lands. A GET never spends the token (mail scanners fetch links):
 * the page shows a Continue button whose POST calls {@code /api/v1/auth/magic-link/verify}.
 * The token stays in the address only; the page sends no referrer and is never cached.
 */
@WebServlet("/login/verify")
public class LoginVerifyPage extends HttpServlet {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>Sign in · Flight Claim</title>
              <link rel="stylesheet" href="login.css">
            </head>
            <body>
              <main class="card">
                <h1>Sign in to Flight Claim</h1>
                <p id="intro">Press Continue to finish signing in on this device.</p>
                <button id="continue" type="button">Continue</button>
                <p id="status" role="status" aria-live="polite"></p>
              </main>
              <script src="verify.js"></script>
            </body>
            </html>
            """;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/html");
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.setHeader("Referrer-Policy", "no-referrer");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Content-Security-Policy",
                "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; frame-ancestors 'none'");
        resp.getWriter().write(PAGE);
    }
}
