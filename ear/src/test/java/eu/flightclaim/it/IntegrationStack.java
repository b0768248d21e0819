package eu.flightclaim.it;

import eu.flightclaim.devstack.PayaraDomain;

import eu.flightclaim.devstack.DevKeys;
import eu.flightclaim.devstack.EmbeddedDatabase;
import eu.flightclaim.devstack.FlightClaimStack;
import eu.flightclaim.devstack.MailCatcher;
import eu.flightclaim.files.infrastructure.scanning.ClamdTestDaemon;
import eu.flightclaim.files.infrastructure.storage.WebDavTestServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the stack once for the whole integration-test run (embedded PostgreSQL, GreenMail, a
 * Payara Server domain with the server resources) and stops it at the end. Arquillian then
 * deploys the real EAR into that domain once ({@link DeployOnce}).
 */
public class IntegrationStack implements LauncherSessionListener {

    public static final String ISSUER = "https://flightclaim.test";
    public static final String ADMIN_EMAIL = "admin@flightclaim.test";
    public static final String ADMIN_PASSWORD = "correct horse battery staple";
    public static final int MAIL_MAX_ATTEMPTS = 3;
    public static final long LOCKOUT_SECONDS = 3;
    public static final int MAGIC_LINKS_PER_EMAIL = 3;
    public static final int DATA_EXPORTS_PER_HOUR = 3;

    private static final Logger LOG = Logger.getLogger(IntegrationStack.class.getName());
    private static FlightClaimStack stack;
    private static DevKeys keys;
    private static WebDavTestServer webDav;
    private static DocumentServer documentServer;
    private static ClamdTestDaemon clamd;
    /** The documents' key-encryption key of the run (a domain setting, see {@link #setServerConfig}). */
    public static final String DOCUMENT_KEYS = documentKey("itdoc1");

    /** A key in FC_DOCUMENT_KEYS form whose base64 has no '+' or '/' (asadmin passes it through untouched). */
    public static String documentKey(String id) {
        java.security.SecureRandom random = new java.security.SecureRandom();
        while (true) {
            byte[] raw = new byte[32];
            random.nextBytes(raw);
            String b64 = java.util.Base64.getEncoder().encodeToString(raw);
            if (!b64.contains("+") && !b64.contains("/")) {
                return id + ":" + b64;
            }
        }
    }

    /** Small, so that a test can fill a customer's quota. */
    public static final long DOCUMENT_QUOTA_BYTES = 3 * 1024 * 1024;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("fc.payara.home") == null || stack != null) {
            return; // not the failsafe run (e.g. an IDE running a unit test)
        }
        if (System.getProperty("fc.cluster.test") != null) {
            return; // the cluster test starts a cluster of its own
        }
        long started = System.nanoTime();
        Path work = Path.of(System.getProperty("fc.work.dir"));
        keys = DevKeys.loadOrCreate(work.resolve("keys"));
        try {
            if (ClamdTestDaemon.installed()) {
                clamd = new ClamdTestDaemon(java.nio.file.Files.createDirectories(work.resolve("clamd")));
            } else {
                LOG.warning("clamd is not installed (.ci/run installs it): documents are not scanned in this run");
            }
            // documents go to a real WebDAV server (Tomcat's WebdavServlet), whose faults a test can switch on
            webDav = new WebDavTestServer(work.resolve("webdav"));
        } catch (Exception e) {
            throw new IllegalStateException("The WebDAV test server did not start", e);
        }
        Map<String, String> serverEnv = Map.ofEntries(Map.entry("FC_RATE_MAGIC_LINK_PER_EMAIL",
                Integer.toString(MAGIC_LINKS_PER_EMAIL)), Map.entry("FC_RATE_MAGIC_LINK_PER_IP", "1000"),
                // every test signs in from one address, and the fuzz test spends many bad tokens
                Map.entry("FC_RATE_VERIFY_FAILURES_PER_IP", "100000"),
                Map.entry("FC_RATE_STAFF_LOGIN_PER_IP", "1000"),
                Map.entry("FC_RATE_DATA_EXPORT_PER_CUSTOMER", Integer.toString(DATA_EXPORTS_PER_HOUR)),
                Map.entry("FC_JWT_PRIVATE_KEY_LOCATION", keys.privateKeyFile().toUri().toString()),
                Map.entry("FC_JWT_PUBLIC_KEY_LOCATION", keys.jwksFile().toUri().toString()),
                Map.entry("FC_SESSION_CHECK_SECONDS", "1"),
                Map.entry("FC_DATA_KEYS", "it1:" + java.util.Base64.getEncoder().encodeToString(
                        new java.security.SecureRandom().generateSeed(32))),
                Map.entry("FC_STORAGE", "webdav"),
                Map.entry("FC_STORAGE_RETRIES", "3"),
                Map.entry("FC_STORAGE_BREAKER_OPEN_SECONDS", "5"),
                Map.entry("FC_UPLOAD_TEMP_DIR", work.resolve("uploads").toAbsolutePath().toString()),
                Map.entry("FC_STAFF_LOCKOUT_SECONDS", Long.toString(LOCKOUT_SECONDS)),
                Map.entry("FC_JWT_ISSUER", ISSUER),
                Map.entry("FC_ADMIN_EMAIL", ADMIN_EMAIL),
                Map.entry("FC_ADMIN_PASSWORD", ADMIN_PASSWORD),
                Map.entry("FC_MAIL_RETRY_BASE_SECONDS", "1"),
                Map.entry("FC_MAIL_MAX_ATTEMPTS", Integer.toString(MAIL_MAX_ATTEMPTS)));
        serverEnv = new java.util.HashMap<>(serverEnv);
        documentServer = DocumentServer.forRun(webDav);
        serverEnv.put("FC_WEBDAV_URL", documentServer.url());
        if (documentServer.user() != null) {
            serverEnv.put("FC_WEBDAV_USER", documentServer.user());
            serverEnv.put("FC_WEBDAV_PASSWORD", documentServer.password());
            // an upload or download waits on Nextcloud about six times as long as it computes: the
            // README's sizing rule (cores × (1 + waiting ÷ computing)) gives 14 on this 2-core machine
            serverEnv.put("FC_HTTP_THREADS", System.getenv().getOrDefault("FC_IT_HTTP_THREADS", "16"));
        }
        if (clamd != null) {
            serverEnv.put("FC_CLAMD_HOST", "127.0.0.1");
            serverEnv.put("FC_CLAMD_PORT", Integer.toString(clamd.port()));
        }
        // tests never use external services, whatever the developer's shell has set
        stack = new FlightClaimStack(new FlightClaimStack.Options(name -> null,
                Path.of(System.getProperty("fc.payara.home")), Path.of(System.getProperty("fc.server.lib")),
                work, work.resolve("data"), "fc-it", 28000, 0, 0, true, serverEnv));
        Runtime.getRuntime().addShutdownHook(new Thread(IntegrationStack::stop, "it-stack-shutdown"));
        stack.start();
        // the suite signs the bootstrap admin in many times a minute: second factor off, but as a
        // domain-level setting (not the environment, which would outrank it) so one test can turn it on
        // settings a test changes must apply at once, not after Payara's 60-second MicroProfile Config cache
        // the document keys too, so that the key-rotation test can rotate them; one asadmin for all
        stack.domain().adminBatch(work, List.of(
                // the EAR an earlier run left deployed (DeployOnce keeps it until the domain stops)
                new PayaraDomain.Command(true, "undeploy", "flightclaim"),
                new PayaraDomain.Command(false, "set-config-cache", "--duration=0"),
                serverConfig("FC_STAFF_TOTP_REQUIRED", "false"),
                serverConfig("FC_DOCUMENT_KEYS", DOCUMENT_KEYS),
                serverConfig("FC_STORAGE_QUOTA_BYTES", Long.toString(DOCUMENT_QUOTA_BYTES))));
        System.setProperty("fc.it.adminPort", Integer.toString(stack.domain().adminPort()));
        LOG.info(() -> "Integration stack up in " + Duration.ofNanos(System.nanoTime() - started).toMillis()
                + " ms: " + stack.httpBase());
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        stop();
    }

    /** The clamd the deployed application scans with; null when clamd is not installed. */
    public static ClamdTestDaemon clamd() {
        return clamd;
    }

    /** The WebDAV server the deployed application stores documents on. */
    public static WebDavTestServer webDav() {
        return webDav;
    }

    /** The WebDAV server the deployed application stores documents on: the Tomcat one, or a Nextcloud for a benchmark. */
    public static DocumentServer documentServer() {
        return documentServer;
    }

    /** The test domain's asadmin, for measurements (the benchmark samples the heap with it). */
    public static String admin(String... args) {
        return running().domain().admin(args);
    }

    private static synchronized void stop() {
        if (clamd != null) {
            try {
                clamd.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            clamd = null;
        }
        if (documentServer != null) {
            documentServer.close();
            documentServer = null;
        }
        if (webDav != null) {
            try {
                webDav.close();
            } catch (Exception e) {
                LOG.warning("Stopping the WebDAV test server: " + e);
            }
            webDav = null;
        }
        if (stack != null) {
            stack.close();
            stack = null;
        }
    }

    /** Sets a MicroProfile Config property at domain level, read by the application at run time. */
    public static void setServerConfig(String name, String value) {
        running().domain().admin(serverConfig(name, value).args());
    }

    private static PayaraDomain.Command serverConfig(String name, String value) {
        return new PayaraDomain.Command(false, "set-config-property", "--source=domain", "--propertyName=" + name,
                "--propertyValue=" + value);
    }

    public static String httpBase() {
        return running().httpBase();
    }

    public static MailCatcher mail() {
        return running().mailCatcher().orElseThrow();
    }

    public static EmbeddedDatabase database() {
        return running().embeddedDatabase().orElseThrow();
    }

    public static DevKeys keys() {
        running();
        return keys;
    }

    private static FlightClaimStack running() {
        if (stack == null) {
            throw new IllegalStateException("The integration stack is not running (run the tests with mvn verify)");
        }
        return stack;
    }
}
