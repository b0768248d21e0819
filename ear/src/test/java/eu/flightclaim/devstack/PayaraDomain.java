package eu.flightclaim.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Payara Server domain of the distribution the build unpacked, driven through asadmin. Its
 * ports follow {@code portBase}: admin = base + 48, HTTP = base + 80 (asadmin's --portbase).
 */
public final class PayaraDomain {

    private final Path payaraHome;
    private final String name;
    private final int portBase;

    public PayaraDomain(Path payaraHome, String name, int portBase) {
        this.payaraHome = payaraHome;
        this.name = name;
        this.portBase = portBase;
    }

    public int adminPort() {
        return portBase + 48;
    }

    public int httpPort() {
        return portBase + 80;
    }

    public Path domainDir() {
        return payaraHome.resolve("glassfish/domains").resolve(name);
    }

    /**
     * Creates the domain unless it exists (true when it did); puts the JDBC driver in its lib folder;
     * makes sure the server's JVM starts with {@link #JVM_OPTIONS} (a JVM option only applies at
     * launch, so it is written into domain.xml before the start rather than by a boot command).
     */
    public boolean ensureCreated(Path jdbcDriver) {
        boolean create = !Files.isDirectory(domainDir());
        if (create) {
            asadmin(Map.of(), false, "create-domain", "--nopassword", "--portbase", Integer.toString(portBase), name);
        }
        try {
            Files.copy(jdbcDriver, domainDir().resolve("lib").resolve(jdbcDriver.getFileName()),
                    StandardCopyOption.REPLACE_EXISTING);
            Path domainXml = domainDir().resolve("config/domain.xml");
            String xml = Files.readString(domainXml, StandardCharsets.UTF_8);
            String withOptions = withJvmOptions(xml, JVM_OPTIONS);
            String heap = System.getProperty("fc.server.heap");
            if (heap != null) { // the integration tests deploy the EAR two dozen times into one domain
                withOptions = withOptions.replaceFirst("<jvm-options>-Xmx[0-9]+[mMgG]</jvm-options>",
                        "<jvm-options>-Xmx" + heap + "</jvm-options>");
            }
            if (!withOptions.equals(xml)) {
                Files.writeString(domainXml, withOptions, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return create;
    }

    /** Whether the domain has the application deployed and enabled, so that it loads it when it starts. */
    public boolean loadsAtStart(String application) {
        Path domainXml = domainDir().resolve("config/domain.xml");
        try {
            if (!Files.exists(domainXml)) {
                return false;
            }
            String xml = Files.readString(domainXml, StandardCharsets.UTF_8);
            int at = xml.indexOf("<application-ref ref=\"" + application + "\"");
            return at >= 0 && !xml.substring(at, xml.indexOf('>', at)).contains("enabled=\"false\"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Keeps an application the domain still has deployed from loading when the domain starts: the
     * run command deploys the EAR it just built anyway, and a deployment racing the start-up load of
     * the old one fails ("ServiceLocatorImpl has been shut down"). The deployment enables it again.
     */
    public void skipAtStart(String application) {
        Path domainXml = domainDir().resolve("config/domain.xml");
        if (!Files.exists(domainXml)) {
            return;
        }
        try {
            String xml = Files.readString(domainXml, StandardCharsets.UTF_8);
            String ref = "<application-ref ref=\"" + application + "\"";
            int at = xml.indexOf(ref);
            if (at < 0) {
                return;
            }
            int end = xml.indexOf('>', at);
            String tag = xml.substring(at, end);
            String disabled = tag.contains("enabled=\"") ? tag.replaceFirst("enabled=\"[^\"]*\"", "enabled=\"false\"")
                    : tag + " enabled=\"false\"";
            if (!disabled.equals(tag)) {
                Files.writeString(domainXml, xml.substring(0, at) + disabled + xml.substring(end), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Blank product name: Payara's own error pages name no server version (see docker/pre-boot-commands.asadmin). */
    static final List<String> JVM_OPTIONS = List.of("-Dproduct.name=");

    /** The server config's java-config with each option added unless it is there already. */
    static String withJvmOptions(String domainXml, List<String> options) {
        int config = domainXml.indexOf("<config name=\"server-config\"");
        int javaConfig = config < 0 ? -1 : domainXml.indexOf("<java-config", config);
        if (javaConfig < 0) {
            throw new IllegalStateException("domain.xml has no java-config for server-config");
        }
        int end = domainXml.indexOf('>', javaConfig) + 1;
        StringBuilder add = new StringBuilder();
        for (String option : options) {
            if (!domainXml.substring(javaConfig, domainXml.indexOf("</java-config>", javaConfig))
                    .contains("<jvm-options>" + option + "</jvm-options>")) {
                add.append("\n        <jvm-options>").append(option).append("</jvm-options>");
            }
        }
        return add.isEmpty() ? domainXml : domainXml.substring(0, end) + add + domainXml.substring(end);
    }

    /**
     * Starts the domain; the server process inherits {@code environment} (the FC_* settings) and
     * runs {@code bootCommands} (an asadmin command file, may be null) before its services start.
     */
    public void start(Map<String, String> environment, Path bootCommands) {
        start(environment, bootCommands, null);
    }

    /**
     * Starts the domain as the Docker image does: {@code preBoot} before its services start, {@code postBoot}
     * (an asadmin command file, may be null) once they run.
     */
    public void start(Map<String, String> environment, Path preBoot, Path postBoot) {
        if (isPortOpen(adminPort())) {
            stop(); // left running by a killed run: restart it with this run's environment
        }
        List<String> args = new ArrayList<>(List.of("start-domain"));
        if (preBoot != null) {
            args.addAll(List.of("--prebootcommandfile", preBoot.toString()));
        }
        if (postBoot != null) {
            args.addAll(List.of("--postbootcommandfile", postBoot.toString()));
        }
        args.add(name);
        // in a session of its own: a Ctrl-C in the terminal reaches the run command, which stops the
        // domain cleanly, instead of killing the server mid-flight beside it
        asadmin(environment, false, SETSID, args.toArray(String[]::new));
    }

    public void stop() {
        asadmin(Map.of(), true, "stop-domain", "--kill=false", name);
    }

    /** Removes the stopped domain and its folder. */
    public void delete() {
        asadmin(Map.of(), true, "delete-domain", name);
    }

    /** Runs a remote asadmin subcommand against this domain; fails on a non-zero exit. */
    public String admin(String... args) {
        List<String> all = new ArrayList<>(List.of("--port", Integer.toString(adminPort())));
        all.addAll(List.of(args));
        return asadmin(Map.of(), false, all.toArray(String[]::new));
    }

    /** One remote asadmin subcommand of a batch; a tolerated one may fail ("delete if present"). */
    public record Command(boolean tolerateFailure, String... args) {
    }

    /**
     * Runs remote subcommands in one asadmin process ({@code multimode}): one JVM start instead of one
     * per command. Fails, naming the command and what asadmin said, when a command that is not
     * tolerated fails.
     */
    public void adminBatch(Path workDir, List<Command> commands) {
        try {
            Files.createDirectories(workDir);
            Path file = Files.createTempFile(workDir, "asadmin-", ".txt");
            try {
                StringBuilder script = new StringBuilder();
                for (Command c : commands) {
                    for (String arg : c.args()) {
                        script.append(quote(arg)).append(' ');
                    }
                    script.append('\n');
                }
                Files.writeString(file, script, StandardCharsets.UTF_8);
                String output = asadmin(Map.of(), false, "--port", Integer.toString(adminPort()), "multimode", "--file",
                        file.toString());
                // multimode goes on after a failed command and exits 0: read each command's outcome in order
                List<String> outcomes = output.lines().filter(l -> l.startsWith("Command ")
                        && (l.endsWith(" executed successfully.") || l.endsWith(" failed.") || l.contains(" executed with warning")))
                        // multimode's own, and the subcommands a command runs (create-instance's "_create-instance-filesystem")
                        .filter(l -> !l.startsWith("Command multimode ") && !l.startsWith("Command _")).toList();
                for (int i = 0; i < commands.size(); i++) {
                    boolean failed = i >= outcomes.size() || outcomes.get(i).endsWith(" failed.");
                    if (failed && !commands.get(i).tolerateFailure()) {
                        throw new IllegalStateException("asadmin " + String.join(" ", commands.get(i).args())
                                + " failed:\n" + output);
                    }
                }
            } finally {
                Files.deleteIfExists(file); // it may hold passwords
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An argument as multimode reads it: quoted when it has spaces or quotes. */
    private static String quote(String arg) {
        return arg.matches("[^\\s\"'\\\\]+") ? arg : "\"" + arg.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static final boolean SETSID = Files.isExecutable(Path.of("/usr/bin/setsid"));

    private String asadmin(Map<String, String> environment, boolean tolerateFailure, String... args) {
        return asadmin(environment, tolerateFailure, false, args);
    }

    private String asadmin(Map<String, String> environment, boolean tolerateFailure, boolean ownSession,
            String... args) {
        // the client JVM only sends a command and waits: C1 and the serial collector start it fastest
        List<String> command = new ArrayList<>(ownSession ? List.of("/usr/bin/setsid", "--wait") : List.of());
        command.addAll(List.of(java(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar",
                payaraHome.resolve("glassfish/lib/client/appserver-cli.jar").toString(), "--interactive=false"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(environment);
        try {
            Process p = pb.start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("asadmin " + args[0] + " timed out");
            }
            String output = new String(out, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                if (tolerateFailure) {
                    return null;
                }
                throw new IllegalStateException("asadmin " + String.join(" ", args) + " failed:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static boolean isPortOpen(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
