package eu.flightclaim.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path log = varHome.resolve("broker.out");
        process = ChildProcess.start(List.of(payaraHome.resolve("mq/bin/imqbrokerd").toString(), "-varhome",
                varHome.toString(), "-name", NAME, "-port", Integer.toString(port), "-tty", "-Dimq.hostname=127.0.0.1"), log);
        // [B1039]: Broker "name@host:port" ready.
        ChildProcess.awaitPort(process, port, () -> ChildProcess.read(log).contains("[B1039]"), Duration.ofSeconds(60), log,
                "The JMS broker");
    }

    /** Stops the broker (its start script runs the broker's JVM: both go). */
    @Override
    public void close() {
        if (process != null) {
            ChildProcess.stop(process);
            process = null;
        }
    }
}
