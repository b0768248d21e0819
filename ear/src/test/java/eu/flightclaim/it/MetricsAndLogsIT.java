package eu.flightclaim.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.flightclaim.files.domain.model.document.TestFiles;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What an operator watches. The product's metrics as Prometheus sees them: counters that move with
 * what happens and name no one; every metric the Grafana dashboard and the alert rules of
 * {@code docker/} use is one the server exposes; a real Prometheus (Debian's package) scrapes the
 * server, evaluates every dashboard query and loads every alert rule without an error. The request
 * log: one line per answer with the request's id, the same id in the answer's {@code X-Request-Id} and
 * in the header of the email the request queued; and after a customer's and a staff member's whole
 * round (sign-in link, tokens, refresh, a claim with an IBAN, a refused file, a share link, a password)
 * none of those secrets is anywhere in the server's log.
 */
class MetricsAndLogsIT extends EarDeployment {

    private static final Pattern METRIC = Pattern.compile("\\bflightclaim_[a-z0-9_]+");
    private static final Path DOCKER = Path.of(System.getProperty("fc.preboot.commands")).getParent();
    private static final Path DASHBOARD = DOCKER.resolve("grafana/dashboards/flightclaim.json");
    private static final Path ALERTS = DOCKER.resolve("prometheus/alerts.yml");

    @BeforeAll
    static void ready() {
        Await.until("ready", Duration.ofMinutes(2), () -> Http.get("/health/ready").status() == 200);
    }

    @Test
    void countersMoveWithWhatHappensAndNoLabelNamesAPersonOrAClaim() throws Exception {
        String email = "metrics-" + System.nanoTime() + "@example.com";
        String refused = "flightclaim_eligibility_checks_total{mp_scope=\"application\",outcome=\"refused\"}";
        String requested = "flightclaim_magic_links_total{event=\"requested\",mp_scope=\"application\"}";
        String spent = "flightclaim_magic_links_total{event=\"spent\",mp_scope=\"application\"}";
        String submitted = "flightclaim_claims_submitted_total{mp_scope=\"application\",regime=\"eu261\"}";
        String wrongType = "flightclaim_document_uploads_total{mp_scope=\"application\",result=\"refused_type\"}";
        String text = metrics();
        double[] before = {value(text, refused), value(text, requested), value(text, spent), value(text, submitted),
            value(text, wrongType)};

        assertEquals(400, Http.post("/api/v1/eligibility", null, "{}").status());
        String token = MagicLinkSignInIT.signIn(email).getString("accessToken");
        String lastName = "Metrics" + System.nanoTime() % 100000;
        String iban = "DE89 3704 0044 0532 0130 00";
        Http.Reply claim = Http.post("/api/v1/claims", token, ClaimSubmissionIT.claim("FRA", "JFK", "LH", "LH400",
                lastName, iban, true));
        assertEquals(201, claim.status(), claim.body());
        String reference = claim.json().getString("reference");
        Http.Reply html = DocumentUploadIT.upload(token, claim.json().getString("id"), "boarding_pass", "pass.pdf",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        assertEquals(415, html.status(), html.body());

        String after = Await.until("the claim counted once committed", Duration.ofSeconds(20), () -> {
            String t = metrics();
            return value(t, submitted) >= before[3] + 1 ? t : null;
        });
        assertEquals(before[0] + 1, value(after, refused), "the refused eligibility check");
        assertEquals(before[1] + 1, value(after, requested), "the sign-in link asked for");
        assertEquals(before[2] + 1, value(after, spent), "the sign-in link spent");
        assertEquals(before[3] + 1, value(after, submitted), "the claim submitted");
        assertEquals(before[4] + 1, value(after, wrongType), "the HTML named .pdf refused for its type");
        for (String personal : List.of(email, lastName, reference, iban, iban.replace(" ", ""), "Ada")) {
            assertFalse(after.contains(personal), "the metrics name " + personal);
        }
    }

    @Test
    void everyMetricTheDashboardAndTheAlertsUseIsExposed() throws IOException {
        String exposed = Await.until("the gauges counted", Duration.ofSeconds(40), () -> {
            String t = metrics();
            return t.contains("flightclaim_emails_pending") && t.contains("flightclaim_document_scan_backlog")
                    && t.contains("flightclaim_dependency_up") ? t : null;
        });
        Set<String> names = seriesNames(exposed);
        List<String> missing = new ArrayList<>();
        for (String query : dashboardQueries()) {
            metricsIn(query).stream().filter(m -> !names.contains(m)).forEach(m -> missing.add("dashboard: " + m));
        }
        metricsIn(Files.readString(ALERTS)).stream().filter(m -> !names.contains(m)).forEach(m -> missing.add("alerts: " + m));
        assertEquals(List.of(), missing, "exposed: " + names);
        assertTrue(dashboardQueries().size() >= 15, "the dashboard's queries were found");
    }

    @Test
    void gaugesWhoseCountsCannotBeReadSayHowOldTheyAreInsteadOfFreezingSilently() throws Exception {
        String operations = "flightclaim_gauge_counts_age_seconds{counts=\"operations\",mp_scope=\"application\"}";
        String documents = "flightclaim_gauge_counts_age_seconds{counts=\"documents\",mp_scope=\"application\"}";
        Await.until("the counts read", Duration.ofSeconds(40), () -> {
            String t = metrics();
            return t.contains(operations) && value(t, operations) < 16 && value(t, documents) < 16;
        });
        long timedOutBefore = timedOutCounts();
        var db = IntegrationStack.database();
        try (java.sql.Connection lock = java.sql.DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
            lock.setAutoCommit(false);
            try (java.sql.Statement s = lock.createStatement()) {
                // the outbox locked as a long migration or a stuck transaction would: the count times out
                s.execute("LOCK TABLE email_outbox IN ACCESS EXCLUSIVE MODE");
            }
            String stale = Await.until("the operations counts older than a refresh", Duration.ofSeconds(60), () -> {
                String t = metrics();
                return value(t, operations) > 20 ? t : null;
            });
            assertTrue(value(stale, documents) < 16, "the documents' counts still read: " + value(stale, documents));
            assertTrue(stale.contains("flightclaim_emails_pending{"), "the frozen gauges stay, with their old values");
            // the count gave up at its timeout (the timer went on): it did not wait for the lock
            Await.until("a count timed out", Duration.ofSeconds(20), () -> timedOutCounts() > timedOutBefore);
            lock.rollback();
        }
        Await.until("fresh again once the lock is gone", Duration.ofSeconds(40),
                () -> value(metrics(), operations) < 16);
    }

    private static long timedOutCounts() {
        return serverLog().lines().filter(l -> l.contains("Operations gauges not refreshed")).count();
    }

    @Test
    void aRealPrometheusScrapesTheServerAnswersEveryDashboardQueryAndLoadsEveryAlert() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/prometheus")) && Files.isExecutable(Path.of("/usr/bin/promtool")),
                "Debian's prometheus package is not installed (.ci/run installs it): the Prometheus test is skipped");
        assertEquals(0, run("promtool", "check", "rules", ALERTS.toString()), "promtool check rules");
        assertEquals(0, run("promtool", "check", "config", DOCKER.resolve("prometheus/prometheus.yml").toString()),
                "promtool check config");

        Path work = Files.createTempDirectory(Path.of("target"), "prometheus");
        int port = freePort();
        URI server = URI.create(IntegrationStack.httpBase());
        Files.writeString(work.resolve("prometheus.yml"), """
                global: {scrape_interval: 1s, evaluation_interval: 1s}
                rule_files: ["%s"]
                scrape_configs:
                  - job_name: flightclaim
                    static_configs: [{targets: ["%s:%d"]}]
                """.formatted(ALERTS.toAbsolutePath(), server.getHost(), server.getPort()));
        Process prometheus = new ProcessBuilder("prometheus", "--config.file=" + work.resolve("prometheus.yml"),
                "--storage.tsdb.path=" + work.resolve("data"), "--web.listen-address=127.0.0.1:" + port)
                .redirectErrorStream(true).redirectOutput(work.resolve("prometheus.log").toFile()).start();
        try {
            String api = "http://127.0.0.1:" + port + "/api/v1/";
            Await.until("Prometheus scraped the server", Duration.ofSeconds(60), () -> {
                JsonObject targets = promGet(api + "targets");
                if (targets == null) {
                    return false;
                }
                JsonArray active = targets.getJsonObject("data").getJsonArray("activeTargets");
                return !active.isEmpty() && "up".equals(active.getJsonObject(0).getString("health"))
                        && !promGet(api + "query?query=" + enc("flightclaim_emails_pending")).getJsonObject("data")
                        .getJsonArray("result").isEmpty();
            });
            List<String> failed = new ArrayList<>();
            for (String query : dashboardQueries()) {
                JsonObject answer = promGet(api + "query?query=" + enc(query.replace("$__rate_interval", "1m")));
                if (answer == null || !"success".equals(answer.getString("status"))) {
                    failed.add(query + " → " + answer);
                }
            }
            assertEquals(List.of(), failed, "dashboard queries Prometheus refused");
            JsonObject rules = Await.until("every rule evaluated", Duration.ofSeconds(30), () -> {
                JsonObject r = promGet(api + "rules");
                JsonArray groups = r.getJsonObject("data").getJsonArray("groups");
                return !groups.isEmpty() && groups.getJsonObject(0).getJsonArray("rules").stream()
                        .allMatch(x -> x.asJsonObject().containsKey("lastEvaluation")
                                && !x.asJsonObject().getString("lastEvaluation").startsWith("0001")) ? r : null;
            });
            JsonArray loaded = rules.getJsonObject("data").getJsonArray("groups").getJsonObject(0).getJsonArray("rules");
            assertEquals(10, loaded.size(), "the alert rules of docker/prometheus/alerts.yml");
            for (JsonValue rule : loaded) {
                assertEquals("ok", rule.asJsonObject().getString("health"), rule.toString());
            }
        } finally {
            prometheus.destroy();
            prometheus.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void everyAnswerIsOneLogLineWithTheRequestsIdWhichTheAnswerAndItsEmailCarry() throws Exception {
        String email = "log-" + System.nanoTime() + "@example.com";
        String requestId = "it-request-" + System.nanoTime();
        int before = Mailbox.to(email).size();
        Http.Reply asked = Http.send(Http.request("/api/v1/auth/magic-link", null).header("Content-Type", "application/json")
                .header("X-Request-Id", requestId).POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\"}"))
                .build());
        assertEquals(202, asked.status());
        assertEquals(requestId, asked.raw().headers().firstValue("X-Request-Id").orElse(null), "the caller's id kept");
        MimeMessage mail = Mailbox.await(email, before);
        assertEquals(requestId, mail.getHeader("X-Request-Id", null), "the email names the request that asked for it");

        for (String page : List.of("/", "/claims", "/api/v1/info", "/api/docs")) { // the portal's pages are requests too
            assertTrue(Http.get(page).raw().headers().firstValue("X-Request-Id").isPresent(), page);
        }
        Http.Reply forged = Http.send(Http.request("/api/v1/info", null).header("X-Request-Id", "bad id\twith tab").GET().build());
        String given = forged.raw().headers().firstValue("X-Request-Id").orElseThrow();
        assertTrue(given.matches("[0-9a-f-]{36}"), "an id that is not a plain token is replaced: " + given);

        Await.until("the log line", Duration.ofSeconds(10), () -> serverLog().contains(
                "POST /api/v1/auth/magic-link 202 ") && serverLog().contains("request=" + requestId));
        String line = serverLog().lines().filter(l -> l.contains("request=" + requestId)).findFirst().orElseThrow();
        assertTrue(line.matches(".*POST /api/v1/auth/magic-link 202 \\d+ ms request=" + requestId + ".*"), line);
    }

    @Test
    void noTokenPasswordIbanOrDocumentContentReachesTheLog() throws Exception {
        String email = "secret-" + System.nanoTime() + "@example.com";
        int before = Mailbox.to(email).size();
        Http.post("/api/v1/auth/magic-link", null, "{\"email\":\"" + email + "\"}");
        Matcher link = MagicLinkSignInIT.linkIn(email, before);
        String linkToken = link.group(2);
        // the page the emailed link opens (token in the query string), then the API's verification
        Http.get("/login/verify?token=" + linkToken);
        JsonObject tokens = Http.post("/api/v1/auth/magic-link/verify", null, "{\"token\":\"" + linkToken + "\"}").json();
        String access = tokens.getString("accessToken");
        String refresh = tokens.getString("refreshToken");
        JsonObject refreshed = Http.post("/api/v1/auth/refresh", null, "{\"refreshToken\":\"" + refresh + "\"}").json();

        String iban = "GB33BUKB20201555555555";
        Http.Reply claim = Http.post("/api/v1/claims", access, ClaimSubmissionIT.claim("LHR", "JFK", "BA", "BA117",
                "Logsecret", "GB33 BUKB 2020 1555 5555 55", true));
        assertEquals(201, claim.status(), claim.body());
        String claimId = claim.json().getString("id");
        String marker = "document-content-marker-" + System.nanoTime();
        Http.Reply refused = DocumentUploadIT.upload(access, claimId, "other", "note.pdf",
                ("<html><body>" + marker + "</body></html>").getBytes(StandardCharsets.UTF_8));
        assertEquals(415, refused.status(), refused.body());
        String documentId = DocumentUploadIT.upload(access, claimId, "other", "ticket.pdf", TestFiles.pdf(1)).json()
                .getString("id");

        String reviewer = Staff.token(Staff.create("reviewer"));
        DocumentUploadIT.scanned(access, documentId);
        String shareUrl = Http.post("/api/v1/admin/documents/" + documentId + "/share-links", reviewer, null).json()
                .getString("url");
        String shareToken = shareUrl.substring(shareUrl.lastIndexOf('/') + 1);
        assertEquals(200, Http.send(HttpRequest.newBuilder(java.net.URI.create(shareUrl)).GET().build()).status());

        Await.until("the share link's log line", Duration.ofSeconds(10), () -> serverLog().contains("GET /share/{token} 200"));
        String log = serverLog();
        List<String> leaked = new ArrayList<>();
        for (String secret : List.of(linkToken, access, refresh, refreshed.getString("accessToken"),
                refreshed.getString("refreshToken"), iban, "GB33 BUKB 2020 1555 5555 55", marker, shareToken,
                Staff.PASSWORD)) {
            if (log.contains(secret)) {
                leaked.add(secret.length() > 12 ? secret.substring(0, 12) + "…" : secret);
            }
        }
        assertEquals(List.of(), leaked, "secrets found in the server log");
        assertFalse(log.contains("token=" + linkToken.substring(0, 10)), "no query string logged");
    }

    /** Everything the test domain has logged so far (all of server.log and its rotations). */
    static String serverLog() {
        Path logs = Path.of(System.getProperty("fc.payara.home"), "glassfish", "domains", "fc-it", "logs");
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(logs)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("server.log")).sorted().toList()) {
                all.append(Files.readString(f, StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return all.toString();
    }

    static String metrics() {
        Http.Reply r = Http.get("/metrics");
        assertEquals(200, r.status(), "the run command's and the tests' /metrics is open");
        return r.body();
    }

    /** The value of one series, exactly as exposed (labels in the server's order), 0 when it is not there yet. */
    static double value(String exposition, String series) {
        for (String line : exposition.split("\n")) {
            if (line.startsWith(series + " ")) {
                return Double.parseDouble(line.substring(series.length() + 1).trim());
            }
        }
        return 0;
    }

    private static Set<String> seriesNames(String exposition) {
        Set<String> names = new TreeSet<>();
        for (String line : exposition.split("\n")) {
            if (!line.startsWith("#") && !line.isBlank()) {
                names.add(line.split("[{ ]", 2)[0]);
            }
        }
        return names;
    }

    private static Set<String> metricsIn(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = METRIC.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    static List<String> dashboardQueries() throws IOException {
        try (JsonReader r = Json.createReader(new StringReader(Files.readString(DASHBOARD)))) {
            List<String> queries = new ArrayList<>();
            for (JsonValue panel : r.readObject().getJsonArray("panels")) {
                for (JsonValue target : panel.asJsonObject().getJsonArray("targets")) {
                    queries.add(target.asJsonObject().getString("expr"));
                }
            }
            return queries;
        }
    }

    private static JsonObject promGet(String url) {
        Http.Reply r = Http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build());
        if (r.status() != 200 && r.status() != 400 && r.status() != 422) {
            return null;
        }
        return r.json();
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        if (code != 0) {
            System.out.println(String.join(" ", command) + ":\n" + out);
        }
        return code;
    }
}
