package eu.flightclaim.devstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Everything the EAR needs around it on one machine: PostgreSQL (embedded unless
 * {@code FC_DB_URL} is set), SMTP (an in-process catcher unless {@code FC_SMTP_HOST} is set), and
 * a Payara Server domain with the server resources created. Used by the run command
 * ({@link RunFlightClaim}) and by the integration tests, so both run the EAR the same way.
 */
public final class FlightClaimStack implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(FlightClaimStack.class.getName());
    /** The name the EAR is deployed under. */
    static final String APPLICATION = "flightclaim";

    /**
     * @param settings      FC_* settings (the process environment, or fixed values in tests)
     * @param payaraHome    the unpacked distribution
     * @param serverLib     folder with the JDBC driver for the domain's lib
     * @param workDir       scratch files of this stack (under target/)
     * @param dataDir       data that survives restarts (the embedded database)
     * @param cleanDatabase start the embedded database empty (tests)
     */
    public record Options(Function<String, String> settings, Path payaraHome, Path serverLib, Path workDir,
            Path dataDir, String domainName, int portBase, int embeddedDbPort, int embeddedSmtpPort,
            boolean cleanDatabase, Map<String, String> serverEnvironment) {

        String setting(String name, String defaultValue) {
            String v = settings.apply(name);
            return v == null || v.isBlank() ? defaultValue : v;
        }
    }

    private final Options options;
    private final PayaraDomain domain;
    private EmbeddedDatabase database;
    private MailCatcher mailCatcher;
    private ServerResources.Database db;
    private ServerResources.Smtp smtp;

    public FlightClaimStack(Options options) {
        this.options = options;
        this.domain = new PayaraDomain(options.payaraHome(), options.domainName(), options.portBase());
    }

    /** How long each step of {@link #start}, {@link #deploy} and {@link #awaitReady} took, in order. */
    private final Map<String, Duration> timings = new LinkedHashMap<>();
    private Instant stepStarted = Instant.now();

    private void step(String name) {
        Instant now = Instant.now();
        timings.merge(name, Duration.between(stepStarted, now), Duration::plus);
        stepStarted = now;
    }

    /** The steps so far with their durations: "database 2.1 s, ...". */
    public String timings() {
        return String.join(", ", timings.entrySet().stream()
                .map(e -> String.format(java.util.Locale.ROOT, "%s %.1f s", e.getKey(), e.getValue().toMillis() / 1000.0))
                .toList());
    }

    /** The fingerprint of the EAR the domain has, when it is the one about to be deployed (no deployment needed). */
    private String deployedFingerprint;
    /** The fingerprint of the EAR given to {@link #start(Path)}. */
    private String earFingerprint;

    /** Starts the database, SMTP and the domain, and creates the server resources (the tests: Arquillian deploys). */
    public void start() {
        start(null);
    }

    /**
     * Starts the database, SMTP and the domain, and creates the server resources. {@code ear}, when
     * given, is the EAR about to be deployed: if the domain has that very application (same content,
     * {@link EarFingerprint}), it loads it as it starts and {@link #deploy} has nothing to do;
     * otherwise the old one is kept from loading, since the deployment replaces it anyway.
     */
    public void start(Path ear) {
        stepStarted = Instant.now();
        String externalDb = options.setting("FC_DB_URL", null);
        if (externalDb == null) {
            database = new EmbeddedDatabase(options.dataDir().resolve("postgres"),
                    options.workDir().resolve("embedded-postgres"), options.embeddedDbPort(), options.cleanDatabase());
            database.start();
            db = new ServerResources.Database(database.jdbcUrl(), database.user(), database.password());
        } else {
            db = new ServerResources.Database(externalDb, options.setting("FC_DB_USER", "flightclaim"),
                    options.setting("FC_DB_PASSWORD", ""));
        }

        step("database");
        String from = options.setting("FC_MAIL_FROM", "Flight Claim <no-reply@flightclaim.local>");
        String externalSmtp = options.setting("FC_SMTP_HOST", null);
        if (externalSmtp == null) {
            mailCatcher = new MailCatcher(options.embeddedSmtpPort());
            mailCatcher.start();
            smtp = new ServerResources.Smtp("127.0.0.1", mailCatcher.port(), "flightclaim", null, false, from);
        } else {
            smtp = new ServerResources.Smtp(externalSmtp, Integer.parseInt(options.setting("FC_SMTP_PORT", "587")),
                    options.setting("FC_SMTP_USER", "flightclaim"), options.setting("FC_SMTP_PASSWORD", null),
                    Boolean.parseBoolean(options.setting("FC_SMTP_STARTTLS", "false")), from);
        }

        Map<String, String> env = new HashMap<>(options.serverEnvironment());
        env.putIfAbsent("FC_PUBLIC_BASE_URL", options.setting("FC_PUBLIC_BASE_URL", httpBase()));
        // read by docker/pre-boot-commands.asadmin for the HTTP worker pool
        env.putIfAbsent("FC_HTTP_THREADS", options.setting("FC_HTTP_THREADS", "5"));
        step("mail");
        boolean created = domain.ensureCreated(options.serverLib().resolve("postgresql.jar"));
        String fingerprint = ear == null ? null : EarFingerprint.of(ear);
        earFingerprint = fingerprint;
        deployedFingerprint = fingerprint != null && domain.loadsAtStart(APPLICATION) && fingerprint.equals(read(fingerprintFile()))
                ? fingerprint : null;
        if (deployedFingerprint == null) {
            domain.skipAtStart(APPLICATION);
        }
        step(created ? "domain created" : "domain checked");
        String bootCommands = System.getProperty("fc.preboot.commands");
        domain.start(env, bootCommands == null ? null : Path.of(bootCommands));
        step("domain started");
        ServerResources.apply(domain, db, smtp, ServerResources.logFormatter(options.setting("FC_LOG_FORMAT", "odl")),
                options.workDir());
        step("server resources");
    }

    /**
     * Deploys the EAR. A failed deployment says why: asadmin only answers "see server.log", so the
     * causes the server logged meanwhile are put into the exception's message.
     */
    public void deploy(Path ear) {
        stepStarted = Instant.now();
        if (deployedFingerprint != null) {
            step("deployment (none: the domain has this EAR)");
            return;
        }
        Path fingerprintFile = fingerprintFile();
        Path log = domain.domainDir().resolve("logs/server.log");
        long logStart = size(log);
        try {
            Files.deleteIfExists(fingerprintFile);
            // the old one (kept from loading at start) is undeployed first, then the new one deployed: a
            // redeployment over a disabled application sometimes fails to recreate its generated folders
            domain.adminBatch(options.workDir(), List.of(new PayaraDomain.Command(true, "undeploy", APPLICATION),
                    new PayaraDomain.Command(false, "deploy", "--enabled=true", "--name", APPLICATION, ear.toString())));
            Files.writeString(fingerprintFile, earFingerprint != null ? earFingerprint : EarFingerprint.of(ear),
                    java.nio.charset.StandardCharsets.US_ASCII);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("The deployment failed. " + DeploymentFailure.causes(log, logStart), e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        step("deployment");
    }

    /** The fingerprint of the EAR the domain has deployed, written after a successful deployment. */
    private Path fingerprintFile() {
        return domain.domainDir().resolve("config/flightclaim-ear.sha256");
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, java.nio.charset.StandardCharsets.US_ASCII).strip() : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    /**
     * Waits until the application answers: {@code /health/ready} 200 (which Payara may answer before
     * the EAR is up) and an application endpoint, {@code /api/v1/info}, 200; throws after {@code timeout}.
     */
    public void awaitReady(Duration timeout) {
        awaitReady(httpBase(), timeout);
    }

    /** {@link #awaitReady(Duration)} of the application at {@code base} (an instance of a deployment group). */
    public void awaitReady(String base, Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/health/ready"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                HttpResponse<String> app = r.statusCode() != 200 ? r : http.send(HttpRequest.newBuilder(
                        URI.create(base + "/api/v1/info")).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && app.statusCode() == 200) {
                    step("until ready");
                    return;
                }
                last = app.statusCode() + " " + app.body();
            } catch (Exception e) {
                last = e.toString();
            }
            sleep(100);
        }
        throw new IllegalStateException("Not ready after " + timeout + ": " + last);
    }

    public String httpBase() {
        return "http://localhost:" + domain.httpPort();
    }

    public PayaraDomain domain() {
        return domain;
    }

    public Optional<EmbeddedDatabase> embeddedDatabase() {
        return Optional.ofNullable(database);
    }

    public Optional<MailCatcher> mailCatcher() {
        return Optional.ofNullable(mailCatcher);
    }

    public ServerResources.Database database() {
        return db;
    }

    public ServerResources.Smtp smtp() {
        return smtp;
    }

    /** Stops the domain, then the database and SMTP; each step runs even if one before it failed. */
    @Override
    public void close() {
        try {
            domain.stop();
        } catch (RuntimeException e) {
            LOG.warning("Stopping the Payara domain: " + e.getMessage());
        }
        if (mailCatcher != null) {
            mailCatcher.stop();
        }
        if (database != null) {
            database.stop();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
