package eu.flightclaim.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.flightclaim.devstack.FlightClaimStack;
import eu.flightclaim.files.domain.model.document.TestFiles;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.json.JsonObject;
import java.io.IOException;
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
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The restore drill: a server of its own on a PostgreSQL of its own, claims with documents submitted,
 * {@code scripts/backup} while it runs, the server stopped, its database dropped and its store deleted,
 * {@code scripts/restore} into a fresh database and a fresh store, the server started on them — and every claim reads back the same,
 * every document byte for byte, with the tokens issued before; the reconciliation job reports nothing
 * missing. {@code FC_DRILL_CLAIMS} (default 6) sets how many claims (the benchmark: 1,000).
 */
class BackupRestoreDrillIT {

    private static final int CLAIMS = Integer.parseInt(System.getenv().getOrDefault("FC_DRILL_CLAIMS", "6"));
    private static final String ADMIN_EMAIL = "ops@restore.test";
    private static final String ADMIN_PASSWORD = "violet harbour lantern 7";
    /** The keys live apart from the backup and outlast the disaster: the restored server gets the same. */
    private static final String DATA_KEYS = IntegrationStack.documentKey("drilldata");
    private static final String DOCUMENT_KEYS = IntegrationStack.documentKey("drilldoc");

    record Customer(String email, String token) {
    }

    @Test
    void aBackupRestoredIntoAFreshDatabaseAndStoreGivesBackEveryClaimAndDocumentByteForByte() throws Exception {
        Path binaries = Path.of(System.getProperty("fc.postgres15.binaries"));
        assumeTrue(Files.isRegularFile(binaries) && System.getProperty("os.arch").contains("64")
                && Files.isExecutable(Path.of("/usr/bin/pg_dump")) && Files.isExecutable(Path.of("/usr/bin/python3")),
                "the drill needs Debian's postgresql-client and python3 (.ci/run installs them) and PostgreSQL 15's binaries");
        Path work = Path.of(System.getProperty("fc.work.dir"), "drill");
        deleteRecursively(work);
        Files.createDirectories(work);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPgBinaryResolver((system, machine) -> resource(binaries,
                        "postgres-" + system.toLowerCase(java.util.Locale.ROOT) + "-" + machine + ".txz"))
                .setOverrideWorkingDirectory(work.resolve("postgres-binaries").toFile())
                .setDataDirectory(work.resolve("postgres-data")).setCleanDataDirectory(true).start()) {
            sql(postgres, "CREATE DATABASE drill");
            Map<String, String> settings = settings(postgres, "drill", work.resolve("store"));
            FlightClaimStack server = stack(work, settings);
            Path ear = Path.of(System.getProperty("fc.ear"));
            Map<String, String> claims = new LinkedHashMap<>();
            Map<String, byte[]> documents = new LinkedHashMap<>();
            Map<String, Customer> owners = new HashMap<>();
            Map<String, Customer> documentOwners = new HashMap<>();
            String base = server.httpBase();
            server.domain().stop(); // a domain a killed run left
            server.domain().delete();
            try {
                server.start(ear);
                server.deploy(ear);
                server.awaitReady(Duration.ofMinutes(4));
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
                for (String id : owners.keySet()) {
                    claims.put(id, readBack(base, id, owners.get(id).token()));
                }
            } catch (RuntimeException | Error e) {
                server.close();
                throw e;
            }

            Path backup = work.resolve("backup");
            long startedBackup = System.nanoTime();
            String backedUp = script("backup", settings, backup.toString()); // while the server runs, as in production
            double backupSeconds = (System.nanoTime() - startedBackup) / 1e9;
            long backupBytes = size(backup);

            server.close(); // the disaster: the server down, its database and its documents gone
            sql(postgres, "DROP DATABASE drill WITH (FORCE)");
            deleteRecursively(work.resolve("store"));

            // fresh ones where the old were: a new, empty database and an empty folder (the server's settings stay)
            sql(postgres, "CREATE DATABASE drill");
            long startedRestore = System.nanoTime();
            String restored = script("restore", settings, backup.toString());
            double restoreSeconds = (System.nanoTime() - startedRestore) / 1e9;
            assertFalse(script("restore", settings, backup.toString(), 2).isEmpty(), "a second restore over it is refused");

            FlightClaimStack again = stack(work, settings);
            try {
                again.start(ear);
                again.deploy(ear);
                again.awaitReady(Duration.ofMinutes(4));
                for (var claim : claims.entrySet()) {
                    assertEquals(claim.getValue(), readBack(base, claim.getKey(), owners.get(claim.getKey()).token()),
                            "claim " + claim.getKey() + " after the restore, read with the token issued before");
                }
                String anyToken = owners.values().iterator().next().token();
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
                assertEquals(200, Http.get(base + "/api/v1/claims", anyToken).status());
            } finally {
                again.close();
                Path log = again.domain().domainDir().resolve("logs/server.log");
                if (Files.exists(log)) { // kept for whoever reads a failure
                    Files.copy(log, work.resolve("server.log"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                again.domain().delete();
            }
            System.out.printf(java.util.Locale.ROOT, "Restore drill: %d claims, %d documents; backup %.1f s, %d bytes;"
                    + " restore %.1f s%n  %s%n  %s%n  server before: %s%n  server after: %s%n", CLAIMS, documents.size(),
                    backupSeconds, backupBytes, restoreSeconds, backedUp.strip(), restored.strip(), server.timings(),
                    again.timings());
        }
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

    /** What the server and the scripts read: the database, the store, SMTP (the suite's catcher). */
    private static Map<String, String> settings(EmbeddedPostgres postgres, String database, Path store) {
        Map<String, String> s = new HashMap<>();
        s.put("FC_DB_URL", "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database);
        s.put("FC_DB_USER", "postgres");
        s.put("FC_DB_PASSWORD", "");
        s.put("FC_SMTP_HOST", "127.0.0.1");
        s.put("FC_SMTP_PORT", Integer.toString(IntegrationStack.mail().port()));
        s.put("FC_STORAGE", "local");
        s.put("FC_STORAGE_DIR", store.toAbsolutePath().toString());
        return s;
    }

    private static FlightClaimStack stack(Path work, Map<String, String> settings) {
        Map<String, String> env = new HashMap<>(Map.of(
                "FC_JWT_PRIVATE_KEY_LOCATION", IntegrationStack.keys().privateKeyFile().toUri().toString(),
                "FC_JWT_ISSUER", "https://drill.test",
                "FC_DATA_KEYS", DATA_KEYS,
                "FC_DOCUMENT_KEYS", DOCUMENT_KEYS,
                "FC_ADMIN_EMAIL", ADMIN_EMAIL, "FC_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "FC_STAFF_TOTP_REQUIRED", "false",
                "FC_RATE_MAGIC_LINK_PER_EMAIL", "100",
                "FC_UPLOAD_TEMP_DIR", work.resolve("uploads").toAbsolutePath().toString()));
        env.put("FC_STORAGE", settings.get("FC_STORAGE"));
        env.put("FC_STORAGE_DIR", settings.get("FC_STORAGE_DIR"));
        return new FlightClaimStack(new FlightClaimStack.Options(settings::get,
                Path.of(System.getProperty("fc.payara.home")), Path.of(System.getProperty("fc.server.lib")),
                work.resolve("server"), work.resolve("server-data"), "fc-drill", 29100, 0, 0, false, env));
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

    private static void sql(EmbeddedPostgres postgres, String statement) throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
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
