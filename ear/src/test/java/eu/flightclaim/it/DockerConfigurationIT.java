package eu.flightclaim.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.flightclaim.devstack.PayaraDomain;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What {@code docker/} configures, run without Docker (these machines have none): a plain Payara
 * Server domain started the way the image starts it — {@code pre-boot-commands.asadmin} before its
 * services, {@code post-boot-commands.asadmin} and a {@code deploy} of the EAR after, the JDBC driver
 * in the domain's lib — with every environment variable the compose file and the Dockerfile give the
 * server, set to this machine's services. It must come up ready, sign a customer in by the emailed
 * link and answer the API with the token the server issued, and serve {@code /metrics} only on the
 * metrics listener.
 */
class DockerConfigurationIT {

    private static final Path DOCKER = Path.of(System.getProperty("fc.preboot.commands")).getParent();
    private static final Pattern ENV_KEY = Pattern.compile("\\b(FC_[A-Z0-9_]+)\\b");
    private static final int PORT_BASE = 29000;

    @Test
    void theComposeServersConfigurationStartsOnAPlainDomainAndSignsACustomerIn() throws Exception {
        Path work = Files.createDirectories(Path.of(System.getProperty("fc.work.dir"), "docker-domain"));
        PayaraDomain domain = new PayaraDomain(Path.of(System.getProperty("fc.payara.home")), "fc-docker", PORT_BASE);
        String base = "http://localhost:" + domain.httpPort();
        int metricsPort = PORT_BASE + 79;
        String database = "flightclaim_docker";
        recreateDatabase(database);

        Map<String, String> env = new HashMap<>();
        var db = IntegrationStack.database();
        env.put("FC_DB_URL", db.jdbcUrl().replaceFirst("/flightclaim(\\?|$)", "/" + database + "$1"));
        env.put("FC_DB_USER", db.user());
        env.put("FC_DB_PASSWORD", db.password() == null ? "" : db.password());
        env.put("FC_SMTP_HOST", "127.0.0.1");
        env.put("FC_SMTP_PORT", Integer.toString(IntegrationStack.mail().port()));
        env.put("FC_SMTP_USER", "flightclaim");
        env.put("FC_SMTP_PASSWORD", "");
        env.put("FC_SMTP_AUTH", "false");
        env.put("FC_SMTP_STARTTLS", "false");
        env.put("FC_MAIL_FROM", "no-reply@flightclaim.local");
        env.put("FC_JWT_ISSUER", "https://flightclaim.local");
        env.put("FC_HTTP_THREADS", "5");
        env.put("FC_METRICS_PORT", Integer.toString(metricsPort));
        env.put("FC_ADMIN_EMAIL", "admin@flightclaim.local");
        env.put("FC_ADMIN_PASSWORD", "change-me-now-please");
        env.put("FC_PUBLIC_BASE_URL", base);
        env.put("FC_JWT_PRIVATE_KEY_LOCATION", IntegrationStack.keys().privateKeyFile().toUri().toString());
        env.put("FC_JWT_PUBLIC_KEY_LOCATION", base + "/api/v1/auth/jwks");
        boolean clamd = IntegrationStack.clamd() != null;
        env.put("FC_CLAMD_HOST", clamd ? "127.0.0.1" : "");
        env.put("FC_CLAMD_PORT", clamd ? Integer.toString(IntegrationStack.clamd().port()) : "3310");
        env.put("FC_SCAN_REQUIRED", Boolean.toString(clamd));
        env.put("FC_STORAGE", "webdav");
        env.put("FC_WEBDAV_URL", IntegrationStack.documentServer().url());
        env.put("FC_WEBDAV_USER", nullToEmpty(IntegrationStack.documentServer().user()));
        env.put("FC_WEBDAV_PASSWORD", nullToEmpty(IntegrationStack.documentServer().password()));
        env.put("FC_DOCUMENT_KEYS", IntegrationStack.documentKey("dockerdoc1"));
        env.put("FC_DATA_KEYS", IntegrationStack.documentKey("dockerdata1"));
        env.put("FC_UPLOAD_TEMP_DIR", work.resolve("uploads").toString());
        env.put("FC_LOG_FORMAT", "json");
        // an empty value is no value for MicroProfile Config, as in the image (FC_SMTP_PASSWORD=)

        Set<String> configured = configuredVariables();
        Set<String> missing = new TreeSet<>(configured);
        missing.removeAll(env.keySet());
        assertEquals(Set.of(), missing, "variables docker/ sets that this test does not (it must run what compose runs)");

        Path postBoot = work.resolve("post-boot-commands.asadmin");
        // the image copies the resources file to /opt/payara/config; here it is read where it is
        Files.writeString(postBoot, Files.readString(DOCKER.resolve("post-boot-commands.asadmin"))
                .replace("/opt/payara/config/flightclaim-resources.xml", DOCKER.resolve("flightclaim-resources.xml")
                        .toAbsolutePath().toString()) + "\n", StandardCharsets.UTF_8);
        // the image's entrypoint runs its init scripts (ours first), then adds a deploy line per deployment
        ProcessBuilder init = new ProcessBuilder("sh", DOCKER.resolve("init_0_log_format.sh").toString())
                .redirectErrorStream(true);
        init.environment().putAll(Map.of("POSTBOOT_COMMANDS", postBoot.toString(), "FC_LOG_FORMAT", env.get("FC_LOG_FORMAT")));
        Process initRun = init.start();
        assertEquals(0, initRun.waitFor(), new String(initRun.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        Files.writeString(postBoot, "deploy " + deployProps() + " --name flightclaim "
                + Path.of(System.getProperty("fc.ear")).toAbsolutePath() + "\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        domain.delete(); // a domain left by a killed run
        domain.ensureCreated(Path.of(System.getProperty("fc.server.lib")).resolve("postgresql.jar"));
        try {
            domain.start(env, DOCKER.resolve("pre-boot-commands.asadmin"), postBoot);
            Await.until("the domain of docker/'s configuration ready", Duration.ofMinutes(4),
                    () -> get(base + "/health/ready").status() == 200);

            String email = "docker-" + System.nanoTime() + "@example.com";
            int before = Mailbox.to(email).size();
            assertEquals(202, post(base + "/api/v1/auth/magic-link", null, "{\"email\":\"" + email + "\"}").status());
            Matcher link = MagicLinkSignInIT.linkIn(email, before);
            assertTrue(link.group().startsWith(base), "the link points at FC_PUBLIC_BASE_URL: " + link.group());
            Http.Reply verified = post(base + "/api/v1/auth/magic-link/verify", null,
                    "{\"token\":\"" + link.group(2) + "\"}");
            assertEquals(200, verified.status(), "the server issues tokens with the compose file's keys: " + verified.body());
            JsonObject tokens = verified.json();
            Http.Reply claims = get(base + "/api/v1/claims", tokens.getString("accessToken"));
            assertEquals(200, claims.status(), "the token verifies against the server's own JWKS: " + claims.body());

            assertEquals(404, get(base + "/metrics").status(), "no metrics on the public port");
            Http.Reply metrics = get("http://localhost:" + metricsPort + "/metrics");
            assertEquals(200, metrics.status(), "metrics on FC_METRICS_PORT");
            assertTrue(metrics.body().contains("flightclaim_magic_links_total"), "the product's own metrics are there");
            assertEquals(404, get("http://localhost:" + metricsPort + "/api/v1/info").status(),
                    "the metrics listener serves nothing else");

            // FC_LOG_FORMAT=json: the request's log line is a JSON object (a log shipper's input)
            Path log = domain.domainDir().resolve("logs/server.log");
            String requestLine = Await.until("the request's log line", Duration.ofSeconds(10), () -> {
                try {
                    return Files.readAllLines(log).stream().filter(l -> l.contains("POST /api/v1/auth/magic-link 202"))
                            .findFirst().orElse(null);
                } catch (IOException e) {
                    return null;
                }
            });
            JsonObject record = jakarta.json.Json.createReader(new java.io.StringReader(requestLine)).readObject();
            assertEquals("eu.flightclaim.requests", record.getString("LoggerName"), requestLine);
            assertTrue(record.getString("LogMessage").matches("POST /api/v1/auth/magic-link 202 \\d+ ms request=.+"),
                    requestLine);
        } finally {
            domain.stop();
            Path log = domain.domainDir().resolve("logs/server.log");
            if (Files.exists(log)) { // kept for whoever reads a failure
                Files.copy(log, work.resolve("server.log"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            domain.delete();
        }
    }

    /** Every FC_ variable the compose file's server and the Dockerfile set. */
    static Set<String> configuredVariables() throws IOException {
        Set<String> names = new LinkedHashSet<>();
        String compose = Files.readString(DOCKER.resolve("compose.yaml"));
        int server = compose.indexOf("  flightclaim:");
        int next = compose.indexOf("\n  postgres:", server);
        Matcher m = Pattern.compile("(?m)^\\s+(FC_[A-Z0-9_]+):").matcher(compose.substring(server, next));
        while (m.find()) {
            names.add(m.group(1));
        }
        for (String line : Files.readAllLines(DOCKER.resolve("Dockerfile"))) {
            if (line.matches("^(ENV\\s+)?\\s*FC_[A-Z0-9_]+=.*")) {
                Matcher k = ENV_KEY.matcher(line);
                while (k.find()) {
                    names.add(k.group(1));
                }
            }
        }
        Matcher boot = ENV_KEY.matcher(Files.readString(DOCKER.resolve("post-boot-commands.asadmin"))
                + Files.readString(DOCKER.resolve("flightclaim-resources.xml")));
        while (boot.find()) {
            names.add(boot.group(1));
        }
        assertTrue(names.containsAll(List.of("FC_DB_URL", "FC_SMTP_PASSWORD", "FC_JWT_PRIVATE_KEY_LOCATION",
                "FC_METRICS_PORT")), names.toString());
        return names;
    }

    /** The Dockerfile's DEPLOY_PROPS: what the image adds to its deploy command. */
    static String deployProps() throws IOException {
        Matcher m = Pattern.compile("DEPLOY_PROPS=\"([^\"]*)\"").matcher(Files.readString(DOCKER.resolve("Dockerfile")));
        assertTrue(m.find(), "the Dockerfile sets DEPLOY_PROPS");
        return m.group(1);
    }

    private static void recreateDatabase(String name) throws Exception {
        var db = IntegrationStack.database();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static Http.Reply get(String url) {
        return get(url, null);
    }

    private static Http.Reply get(String url, String bearer) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return Http.send(b.build());
    }

    private static Http.Reply post(String url, String bearer, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return Http.send(b.build());
    }
}
