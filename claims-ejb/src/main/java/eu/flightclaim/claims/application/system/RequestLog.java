package eu.flightclaim.claims.application.system;

import java.util.Locale;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * One line per HTTP answer (logger {@code eu.flightclaim.requests}, INFO): method, path, status, time
 * and the request's id. Never the query string (sign-in links carry their token there) nor a share
 * link's token (in its path); never a body or a header.
 */
public final class RequestLog {

    private static final Logger LOG = Logger.getLogger("eu.flightclaim.requests");
    private static final Pattern SHARE_TOKEN = Pattern.compile("^(.*/share/)[^/]+");

    private RequestLog() {
    }

    /** Logs and counts one answer of {@code surface} ({@code api}, {@code portal}, {@code console}). */
    public static void answered(OperationsMetrics metrics, String surface, String method, String uri, int status,
            long nanos) {
        metrics.answered(surface, status);
        LOG.info(() -> line(method, uri, status, nanos, RequestIds.current()));
    }

    static String line(String method, String uri, int status, long nanos, String requestId) {
        return String.format(Locale.ROOT, "%s %s %d %d ms request=%s", method, loggedPath(uri), status,
                nanos / 1_000_000, requestId);
    }

    /** The path as it may be logged: without a share link's token. */
    static String loggedPath(String uri) {
        return SHARE_TOKEN.matcher(uri).replaceFirst("$1{token}");
    }
}
