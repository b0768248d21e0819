package eu.flightclaim.devstack;

import eu.flightclaim.claims.domain.model.staff.PasswordPolicy;
import jakarta.mail.internet.MimeMessage;
import java.lang.management.ManagementFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The README's run command ({@code mvn -Prun verify}): starts the stack with embedded defaults
 * (or the external services the FC_* variables name), deploys the EAR, prints where everything
 * is, and runs until Ctrl-C.
 */
public final class RunFlightClaim {

    /** The cluster, when FC_CLUSTER_INSTANCES asks for one. */
    private static volatile ClusterStack cluster;

    private RunFlightClaim() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        Path repo = Path.of(System.getProperty("fc.repo.root", ".")).toAbsolutePath().normalize();
        Path dataDir = Path.of(env("FC_DATA_DIR", repo.resolve(".flightclaim").toString())).toAbsolutePath();
        Files.createDirectories(dataDir);

        Map<String, String> serverEnv = new HashMap<>();
        String adminEmail = env("FC_ADMIN_EMAIL", "admin@flightclaim.local");
        String adminPassword = env("FC_ADMIN_PASSWORD", null);
        if (adminPassword == null) {
            adminPassword = devAdminPassword(dataDir.resolve("bootstrap-admin-password"));
            serverEnv.put("FC_ADMIN_PASSWORD", adminPassword);
        }
        // the server would refuse it at deployment, with the reason only in server.log: say it here
        List<String> refused = PasswordPolicy.problems(adminPassword, adminEmail);
        if (!refused.isEmpty()) {
            System.err.println("Flight Claim did not start: FC_ADMIN_PASSWORD is refused: it " + String.join(", ", refused)
                    + ".");
            System.exit(1);
        }
        if ((env("FC_JWT_PUBLIC_KEY_LOCATION", null) == null) != (env("FC_JWT_PRIVATE_KEY_LOCATION", null) == null)) {
            // no fallback to the server's own /api/v1/auth/jwks: under full load its refresh waits for itself
            System.err.println("Flight Claim did not start: set FC_JWT_PRIVATE_KEY_LOCATION and FC_JWT_PUBLIC_KEY_LOCATION"
                    + " together (a JWKS or PEM file for the public keys), or neither for development keys.");
            System.exit(1);
        }
        if (env("FC_JWT_PUBLIC_KEY_LOCATION", null) == null) {
            DevKeys keys = DevKeys.loadOrCreate(dataDir.resolve("keys"));
            serverEnv.put("FC_JWT_PRIVATE_KEY_LOCATION", keys.privateKeyFile().toUri().toString());
            serverEnv.put("FC_JWT_PUBLIC_KEY_LOCATION", keys.jwksFile().toUri().toString());
        }

        if (env("FC_DATA_KEYS", null) == null) {
            serverEnv.put("FC_DATA_KEYS", "dev1:" + devDataKey(dataDir.resolve("keys").resolve("data-key")));
        }
        if (env("FC_DOCUMENT_KEYS", null) == null) {
            serverEnv.put("FC_DOCUMENT_KEYS", "dev1:" + devDataKey(dataDir.resolve("keys").resolve("document-key")));
        }
        if (env("FC_STORAGE", null) == null && env("FC_STORAGE_DIR", null) == null) {
            serverEnv.put("FC_STORAGE_DIR", dataDir.resolve("documents").toAbsolutePath().toString());
        }
        if (env("FC_UPLOAD_TEMP_DIR", null) == null) {
            serverEnv.put("FC_UPLOAD_TEMP_DIR", dataDir.resolve("uploads").toAbsolutePath().toString());
        }
        int portBase = Integer.parseInt(env("FC_PORT_BASE", "8000"));
        // FC_CLUSTER_INSTANCES > 0: the EAR runs on a deployment group of that many instances (README)
        int instances = Integer.parseInt(env("FC_CLUSTER_INSTANCES", "0"));
        if (instances > 0) {
            // the links in emails name the balancer
            serverEnv.putIfAbsent("FC_PUBLIC_BASE_URL", env("FC_PUBLIC_BASE_URL", ClusterStack.balancerBase(portBase)));
        }
        FlightClaimStack stack = new FlightClaimStack(new FlightClaimStack.Options(System::getenv,
                Path.of(System.getProperty("fc.payara.home")), Path.of(System.getProperty("fc.server.lib")),
                Path.of(System.getProperty("fc.work.dir")), dataDir, instances > 0 ? "flightclaim-das" : "flightclaim", portBase,
                Integer.parseInt(env("FC_EMBEDDED_DB_PORT", "15432")),
                Integer.parseInt(env("FC_EMBEDDED_SMTP_PORT", "2525")), false, serverEnv));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping Flight Claim...");
            if (cluster != null) {
                cluster.close();
            }
            stack.close();
            System.out.println("Stopped.");
        }, "flightclaim-shutdown"));

        System.out.println("Starting Flight Claim: database, mail, Payara Server (data in " + dataDir + ")");
        try {
            stack.start(Path.of(System.getProperty("fc.ear")));
            if (instances > 0) {
                cluster = new ClusterStack(stack, instances, portBase, dataDir);
                System.out.println("Starting a JMS broker, a load balancer and a deployment group of " + instances
                        + " instances, deploying " + System.getProperty("fc.ear"));
                cluster.start(Path.of(System.getProperty("fc.ear")), Path.of(System.getProperty("fc.payara.home")),
                        Path.of(System.getProperty("fc.preboot.commands")), Path.of(System.getProperty("fc.work.dir")));
            } else {
                System.out.println("Deploying " + System.getProperty("fc.ear"));
                stack.deploy(Path.of(System.getProperty("fc.ear")));
                stack.awaitReady(Duration.ofMinutes(3));
            }
        } catch (RuntimeException e) {
            System.err.println("Flight Claim did not start: " + e.getMessage());
            System.err.println("Steps done: " + stack.timings());
            System.err.println("Server log: " + stack.domain().domainDir().resolve("logs/server.log"));
            System.exit(1); // the shutdown hook stops what did start
        }
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        // the Maven JVM started with the command: its age is the time since the command started
        long sinceCommand = Duration.ofMillis(System.currentTimeMillis()
                - ManagementFactory.getRuntimeMXBean().getStartTime()).toSeconds();

        String base = cluster == null ? stack.httpBase() : cluster.httpBase();
        if (cluster != null) {
            System.out.println("Load balancer (HAProxy): " + base);
            for (int i = 1; i <= instances; i++) {
                System.out.println("Instance " + cluster.group().instanceName(i) + ": " + cluster.group().httpBase(i));
            }
        }
        System.out.printf("""

                ================================================================================
                 Flight Claim is ready: %d s after the command started (build %d s; then %s).
                   API             %s/api/v1/info
                   OpenAPI         %s/openapi   (Swagger UI: %s/api/docs)
                   Admin console   %s/admin/
                   Health          %s/health/ready   (live: %s/health/live)
                   Payara admin    http://localhost:%d
                   Database        %s%s
                   Mail            %s
                   Bootstrap admin %s / %s
                 Press Ctrl-C to stop.
                ================================================================================
                %n""", sinceCommand, sinceCommand - seconds, stack.timings(), base, base, base, base, base, base, stack.domain().adminPort(), stack.database().url(),
                stack.embeddedDatabase().isPresent() ? "  (embedded, data in " + dataDir.resolve("postgres") + ")" : "",
                stack.mailCatcher().map(m -> "smtp://127.0.0.1:" + m.port()
                        + " (catcher: mails are printed here and listed on the console's Emails page)")
                        .orElse("smtp://" + stack.smtp().host() + ":" + stack.smtp().port()),
                adminEmail, env("FC_ADMIN_PASSWORD", null) != null ? "(FC_ADMIN_PASSWORD)"
                        : adminPassword + "  (until you change it)");

        stack.mailCatcher().ifPresent(RunFlightClaim::printMailAsItArrives);
        Thread.currentThread().join(); // until Ctrl-C runs the shutdown hook
    }

    private static void printMailAsItArrives(MailCatcher catcher) {
        Thread printer = new Thread(() -> {
            int seen = 0;
            while (true) {
                MimeMessage[] received = catcher.received();
                for (; seen < received.length; seen++) {
                    try {
                        System.out.println("[mail] to " + String.join(", ", received[seen].getHeader("To"))
                                + ": " + received[seen].getSubject());
                    } catch (Exception e) {
                        System.out.println("[mail] (unreadable message) " + e);
                    }
                }
                FlightClaimStack.sleep(1000);
            }
        }, "mail-printer");
        printer.setDaemon(true);
        printer.start();
    }

    /** The bootstrap admin's password for the embedded defaults: generated once, kept in the data folder. */
    private static String devAdminPassword(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the folder's ACL applies
            }
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The key that encrypts personal fields for the embedded defaults: 32 random bytes, made once. */
    private static String devDataKey(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).strip();
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            String encoded = Base64.getEncoder().encodeToString(key);
            Files.createDirectories(file.getParent());
            Files.writeString(file, encoded + "\n", StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the folder's ACL applies
            }
            return encoded;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String env(String name, String defaultValue) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? defaultValue : v;
    }
}
