package eu.flightclaim.api.auth;

import eu.flightclaim.claims.application.identity.SessionService;

/**
 * A browser client's refresh token: an HttpOnly cookie that only the auth endpoints see (the path), never
 * sent from another site (SameSite=Strict) nor over plain HTTP to another host (Secure; browsers treat
 * localhost as secure), and unreadable by scripts, so a script injected into a page cannot take the
 * session away. API clients keep the refresh token in the JSON body as before.
 */
final class RefreshCookie {

    static final String NAME = "fc_refresh";
    static final String PATH = "/api/v1/auth";

    private RefreshCookie() {
    }

    /** The Set-Cookie value that hands the browser this refresh token for as long as it works. */
    static String set(String refreshToken) {
        return NAME + "=" + refreshToken + "; Path=" + PATH + "; Max-Age=" + SessionService.REFRESH_LIFETIME.toSeconds()
                + "; HttpOnly; Secure; SameSite=Strict";
    }

    /** The Set-Cookie value that removes it (sign-out). */
    static String cleared() {
        return NAME + "=; Path=" + PATH + "; Max-Age=0; HttpOnly; Secure; SameSite=Strict";
    }
}
