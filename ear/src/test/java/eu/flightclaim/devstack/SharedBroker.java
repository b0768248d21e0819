package eu.flightclaim.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The one JMS broker the instances of a deployment group share (their JMS service of type
 * {@code REMOTE}): OpenMQ's {@code imqbrokerd} from the Payara distribution, its messages in a file
 * store under {@code varHome}, so that a queued message outlives the instance that sent it and a
 * topic reaches every instance. A real cluster runs it on a host of its own (or an OpenMQ broker
 * cluster); only the host name differs.
 */
public final class SharedBroker implements AutoCloseable {

    static final String NAME = "fcbroker";

    private final Path payaraHome;
    private final Path varHome;
    private final int port;
    private Process process;

    public SharedBroker(Path payaraHome, Path varHome, int port) {
        this.payaraHome = payaraHome;
        this.varHome = varHome;
        this.port = port;
    }

    public int port() {
        return port;
    }

    /** Starts the broker and waits for its port to answer (a few seconds). */
    public void start() {
        try {
            Files.createDirectories(varHome);
            Path log = varHome.resolve("broker.out");
            process = new ProcessBuilder(List.of(payaraHome.resolve("mq/bin/imqbrokerd").toString(), "-varhome",
                    varHome.toString(), "-name", NAME, "-port", Integer.toString(port), "-tty",
                    "-Dimq.hostname=127.0.0.1")).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The JMS broker stopped at start: see " + log);
                }
                if (Files.readString(log).contains("ready")) {
                    try (Socket probe = new Socket()) {
                        probe.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                        return;
                    } catch (IOException notYet) {
                        // the port opens with the log line
                    }
                }
                FlightClaimStack.sleep(200);
            }
            throw new IllegalStateException("The JMS broker was not ready in 60 s: see " + log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the broker (its script restarts the JVM on some exits: both go). */
    @Override
    public void close() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> all = process.descendants().toList();
        all.forEach(ProcessHandle::destroy);
        process.destroy();
        for (ProcessHandle p : all) {
            p.onExit().orTimeout(20, java.util.concurrent.TimeUnit.SECONDS).exceptionally(t -> {
                p.destroyForcibly();
                return p;
            }).join();
        }
        process = null;
    }
}
