package eu.flightclaim.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.flightclaim.devstack.PayaraDomain;
import eu.flightclaim.files.domain.model.document.TestFiles;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A server as {@code docker/} configures it, run without Docker (these machines have none): a plain
 * Payara Server domain started the way the image starts it — {@code pre-boot-commands.asadmin} before
 * its services, the image's init script, {@code post-boot-commands.asadmin} and the {@code deploy} line
 * after, the JDBC driver in the domain's lib — with every environment variable the compose file and the
 * Dockerfile give the server, set to this machine's services: its own PostgreSQL (15: the restore
 * drill's {@code pg_dump} is Debian's), SMTP, and a WebDAV folder of its own. Then, on that server:
 * <ol>
 * <li>it comes up ready, signs a customer in by the emailed link and answers the API with the token it
 * issued, serves {@code /metrics} only on the metrics listener, and logs JSON;</li>
 * <li>the restore drill: claims with documents, {@code scripts/backup} while it runs, the server
 * stopped, its database dropped and its documents deleted, {@code scripts/restore} into a fresh
 * database and a fresh folder, the server started on them — every claim reads back the same and every
 * document byte for byte, with the tokens issued before; the reconciliation reports nothing missing.
 * {@code FC_DRILL_CLAIMS} (default 6) sets how many claims (the benchmark: 1,000).</li>
 * </ol>
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DockerDomainIT {

    private static final Path DOCKER = Path.of(System.getProperty("fc.preboot.commands")).getParent();
    private static final Pattern ENV_KEY = Pattern.compile("\\b(FC_[A-Z0-9_]+)\\b");
    private static final int PORT_BASE = 29000;
    private static final int CLAIMS = Integer.parseInt(System.getenv().getOrDefault("FC_DRILL_CLAIMS", "6"));
    private static final String ADMIN_EMAIL = "ops@restore.test";
    private static final String ADMIN_PASSWORD = "violet harbour lantern 7";
    private static final String DATABASE = "flightclaim";

    private static Path work;
    private static EmbeddedPostgres postgres;
    private static PayaraDomain domain;
    private static String base;
    private static int metricsPort;
    private static String store;
    private static final Map<String, String> env = new HashMap<>();

    @BeforeAll
    static void boot() throws Exception {
        Path binaries = Path.of(System.getProperty("fc.postgres15.binaries"));
        work = Path.of(System.getProperty("fc.work.dir"), "docker-domain");
        deleteRecursively(work);
        Files.createDirectories(work);
        postgres = EmbeddedPostgres.builder()
                .setPgBinaryResolver((system, machine) -> resource(binaries,
                        "postgres-" + system.toLowerCase(java.util.Locale.ROOT) + "-" + machine + ".txz"))
                .setOverrideWorkingDirectory(work.resolve("postgres-binaries").toFile())
                .setDataDirectory(work.resolve("postgres-data")).setCleanDataDirectory(true).start();
        sql("CREATE DATABASE " + DATABASE);
        domain = new PayaraDomain(Path.of(System.getProperty("fc.payara.home")), "fc-docker", PORT_BASE);
        base = "http://localhost:" + domain.httpPort();
        metricsPort = PORT_BASE + 79;
        // a WebDAV folder of its own on the suite's server (its documents apart from the other tests')
        String root = IntegrationStack.documentServer().url();
        store = (root.endsWith("/") ? root : root + "/") + "docker-domain-" + System.nanoTime() + "/";
        webDav("MKCOL", store);

        env.put("FC_DB_URL", "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE);
        env.put("FC_DB_USER", "postgres");
        env.put("FC_DB_PASSWORD", "");
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
        env.put("FC_ADMIN_EMAIL", ADMIN_EMAIL);
        env.put("FC_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("FC_PUBLIC_BASE_URL", base);
        env.put("FC_JWT_PRIVATE_KEY_LOCATION", IntegrationStack.keys().privateKeyFile().toUri().toString());
        env.put("FC_JWT_PUBLIC_KEY_LOCATION", IntegrationStack.keys().publicKeyFile().toUri().toString());
        boolean clamd = IntegrationStack.clamd() != null;
        env.put("FC_CLAMD_HOST", clamd ? "127.0.0.1" : "");
        env.put("FC_CLAMD_PORT", clamd ? Integer.toString(IntegrationStack.clamd().port()) : "3310");
        env.put("FC_SCAN_REQUIRED", Boolean.toString(clamd));
        env.put("FC_STORAGE", "webdav");
        env.put("FC_WEBDAV_URL", store);
        env.put("FC_WEBDAV_USER", nullToEmpty(IntegrationStack.documentServer().user()));
        env.put("FC_WEBDAV_PASSWORD", nullToEmpty(IntegrationStack.documentServer().password()));
        // the keys live apart from the backups and outlast the disaster: the restored server has the same
        env.put("FC_DOCUMENT_KEYS", IntegrationStack.documentKey("dockerdoc1"));
        env.put("FC_DATA_KEYS", IntegrationStack.documentKey("dockerdata1"));
        env.put("FC_UPLOAD_TEMP_DIR", work.resolve("uploads").toString());
        env.put("FC_LOG_FORMAT", "json");
        env.put("FC_STAFF_TOTP_REQUIRED", "false"); // the drill's admin signs in through the API
        env.put("FC_RATE_MAGIC_LINK_PER_EMAIL", "100");
        env.put("FC_RATE_MAGIC_LINK_PER_IP", "10000"); // the drill signs its customers in from one address
        // an empty value is no value for MicroProfile Config, as in the image (FC_SMTP_PASSWORD=)

        Set<String> missing = new TreeSet<>(configuredVariables());
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
        domain.stop(); // a domain left by a killed run
        domain.delete();
        domain.ensureCreated(Path.of(System.getProperty("fc.server.lib")).resolve("postgresql.jar"));
        domain.start(env, DOCKER.resolve("pre-boot-commands.asadmin"), postBoot);
        awaitReady();
    }

    @AfterAll
    static void stop() throws IOException {
        if (domain != null) {
            domain.stop();
            Path log = domain.domainDir().resolve("logs/server.log");
            if (Files.exists(log)) { // kept for whoever reads a failure
                Files.copy(log, work.resolve("server.log"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            domain.delete();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void theComposeServersConfigurationStartsOnAPlainDomainAndSignsACustomerIn() throws Exception {
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
    }

    @Test
    @Order(2)
    void aBackupRestoredIntoAFreshDatabaseAndStoreGivesBackEveryClaimAndDocumentByteForByte() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/pg_dump")) && Files.isExecutable(Path.of("/usr/bin/python3")),
                "the drill needs Debian's postgresql-client and python3 (.ci/run installs them)");
        Map<String, String> claims = new LinkedHashMap<>();
        Map<String, byte[]> documents = new LinkedHashMap<>();
        Map<String, Customer> owners = new HashMap<>();
        Map<String, Customer> documentOwners = new HashMap<>();
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; i < Math.max(1, CLAIMS / 5); i++) {
            customers.add(signIn(base, "drill-" + i + "-" + System.nanoTime() + "@example.com"));
        }
        for (int i = 0; i < CLAIMS; i++) {
            Customer c = customers.get(i % customers.size());
            Http.Reply claim = Http.post(base + "/api/v1/claims", c.token(), ClaimSubmissionIT.claim("FRA", "JFK",
                    "LH", "LH400", "Drill" + i, "DE89 3704 0044 0532 0130 00", true));
            assertEquals(201, claim.status(), claim.body());
            String id = claim.json().getString("id");
            owners.put(id, c);
            byte[][] files = {TestFiles.pdf(1 + i % 3), TestFiles.image("png", 40 + i, 30)};
            String[] names = {"ticket.pdf", "pass.png"};
            for (int f = 0; f < files.length; f++) {
                Http.Reply up = DocumentUploadIT.upload(base, c.token(), id, f == 0 ? "other" : "boarding_pass",
                        names[f], files[f]);
                assertEquals(201, up.status(), up.body());
                documents.put(up.json().getString("id"), files[f]);
                documentOwners.put(up.json().getString("id"), c);
            }
        }
        for (String doc : documents.keySet()) { // clamd's verdicts in, so that every file can be read back
            Await.until("document " + doc + " scanned", Duration.ofMinutes(2), () -> !"scanning".equals(
                    Http.get(base + "/api/v1/documents/" + doc, documentOwners.get(doc).token()).json().getString("status")));
        }
        for (String id : owners.keySet()) {
            claims.put(id, readBack(base, id, owners.get(id).token()));
        }

        Map<String, String> scriptEnv = scriptEnv();
        Path backup = work.resolve("backup");
        long startedBackup = System.nanoTime();
        String backedUp = script("backup", scriptEnv, backup.toString()); // while the server runs, as in production
        double backupSeconds = (System.nanoTime() - startedBackup) / 1e9;
        long backupBytes = size(backup);

        domain.stop(); // the disaster: the server down, its database and its documents gone
        sql("DROP DATABASE " + DATABASE + " WITH (FORCE)");
        webDav("DELETE", store);

        // fresh ones where the old were: a new, empty database and an empty folder (the server's settings stay)
        sql("CREATE DATABASE " + DATABASE);
        webDav("MKCOL", store);
        long startedRestore = System.nanoTime();
        String restored = script("restore", scriptEnv, backup.toString());
        double restoreSeconds = (System.nanoTime() - startedRestore) / 1e9;
        assertFalse(script("restore", scriptEnv, backup.toString(), 2).isEmpty(), "a second restore over it is refused");

        long restarted = System.nanoTime();
        domain.start(env, DOCKER.resolve("pre-boot-commands.asadmin"), null); // configured already: a restart
        awaitReady();
        double restartSeconds = (System.nanoTime() - restarted) / 1e9;
        for (var claim : claims.entrySet()) {
            assertEquals(claim.getValue(), readBack(base, claim.getKey(), owners.get(claim.getKey()).token()),
                    "claim " + claim.getKey() + " after the restore, read with the token issued before");
        }
        for (var doc : documents.entrySet()) {
            assertArrayEquals(doc.getValue(), content(base, doc.getKey(), documentOwners.get(doc.getKey()).token()),
                    "document " + doc.getKey() + " byte for byte");
        }
        String admin = staffToken(base);
        Http.Reply job = Http.post(base + "/api/v1/admin/batch/jobs/document-housekeeping/start", admin, null);
        assertEquals(202, job.status(), job.body());
        long execution = job.json().getJsonNumber("id").longValue();
        JsonObject ended = Await.until("the reconciliation", Duration.ofMinutes(2), () -> {
            JsonObject e = Http.get(base + "/api/v1/admin/batch/executions/" + execution, admin).json();
            return List.of("COMPLETED", "FAILED").contains(e.getString("status")) ? e : null;
        });
        assertEquals("COMPLETED", ended.getString("status"));
        String findings = Http.get(base + "/api/v1/admin/documents/storage-findings", admin).body();
        assertFalse(findings.contains("missing_object") || findings.contains("damaged_object"), findings);
        System.out.printf(java.util.Locale.ROOT, "Restore drill: %d claims, %d documents; backup %.1f s, %d bytes;"
                + " restore %.1f s; server restarted on them in %.1f s%n  %s%n  %s%n", CLAIMS, documents.size(),
                backupSeconds, backupBytes, restoreSeconds, restartSeconds, backedUp.strip(), restored.strip());
    }

    record Customer(String email, String token) {
    }

    /** What the scripts read: the server's own variables. */
    private static Map<String, String> scriptEnv() {
        Map<String, String> s = new HashMap<>();
        for (String name : List.of("FC_DB_URL", "FC_DB_USER", "FC_DB_PASSWORD", "FC_STORAGE", "FC_WEBDAV_URL",
                "FC_WEBDAV_USER", "FC_WEBDAV_PASSWORD")) {
            s.put(name, env.get(name));
        }
        return s;
    }

    private static void awaitReady() {
        Await.until("the domain of docker/'s configuration ready", Duration.ofMinutes(4),
                () -> get(base + "/health/ready").status() == 200 && get(base + "/api/v1/info").status() == 200);
    }

    private static void webDav(String method, String url) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).method(method, HttpRequest.BodyPublishers.noBody());
        String user = IntegrationStack.documentServer().user();
        if (user != null) {
            b.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":"
                    + IntegrationStack.documentServer().password()).getBytes(StandardCharsets.UTF_8)));
        }
        int status = Http.send(b.build()).status();
        assertTrue(status < 300, method + " " + url + ": " + status);
    }

    private static void sql(String statement) throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
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
    /** The claim, its history and its documents' list as its customer reads them. */
    private static String readBack(String base, String claim, String token) {
        StringBuilder all = new StringBuilder();
        for (String part : List.of("", "/history", "/documents", "/messages")) {
            Http.Reply r = Http.get(base + "/api/v1/claims/" + claim + part, token);
            assertEquals(200, r.status(), part + ": " + r.body());
            all.append(r.body()).append('\n');
        }
        return all.toString();
    }

    private static byte[] content(String base, String document, String token) {
        HttpRequest request = Http.request(base + "/api/v1/documents/" + document + "/content", token).GET().build();
        try {
            HttpResponse<byte[]> r = java.net.http.HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode());
            return r.body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Customer signIn(String base, String email) throws Exception {
        int before = Mailbox.to(email).size();
        assertEquals(202, Http.post(base + "/api/v1/auth/magic-link", null, "{\"email\":\"" + email + "\"}").status());
        String token = MagicLinkSignInIT.linkIn(email, before).group(2);
        Http.Reply r = Http.post(base + "/api/v1/auth/magic-link/verify", null, "{\"token\":\"" + token + "\"}");
        assertEquals(200, r.status(), r.body());
        return new Customer(email, r.json().getString("accessToken"));
    }

    private static String staffToken(String base) {
        Http.Reply r = Http.post(base + "/api/v1/auth/staff/login", null, "{\"email\":\"" + ADMIN_EMAIL
                + "\",\"password\":\"" + ADMIN_PASSWORD + "\"}");
        assertEquals(200, r.status(), r.body());
        return r.json().getString("accessToken");
    }

    private static String script(String name, Map<String, String> env, String folder) throws Exception {
        return script(name, env, folder, 0);
    }

    /** Runs scripts/{name} with {@code env}; returns its output, asserting its exit code. */
    private static String script(String name, Map<String, String> env, String folder, int expectedExit) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("fc.scripts.dir"), name).toString(), folder)
                .redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(expectedExit, p.waitFor(), "scripts/" + name + ":\n" + out);
        return out;
    }

    private static java.io.InputStream resource(Path jar, String entry) throws IOException {
        ZipFile zip = new ZipFile(jar.toFile());
        var found = zip.getEntry(entry);
        if (found == null) {
            zip.close();
            return null;
        }
        byte[] bytes;
        try (zip) {
            bytes = zip.getInputStream(found).readAllBytes();
        }
        return new java.io.ByteArrayInputStream(bytes);
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
