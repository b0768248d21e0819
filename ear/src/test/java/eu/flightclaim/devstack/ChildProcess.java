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
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** A process the devstack runs beside the servers (the JMS broker, the load balancer): its output in a file. */
final class ChildProcess {

    private ChildProcess() {
    }

    static Process start(List<String> command, Path log) {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until {@code ready} holds and {@code port} on 127.0.0.1 takes a connection; fails with the log. */
    static void awaitPort(Process process, int port, BooleanSupplier ready, Duration timeout, Path log, String what) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(what + " stopped at start: " + tail(log));
            }
            if (ready.getAsBoolean()) {
                try (Socket probe = new Socket()) {
                    probe.connect(new InetSocketAddress("127.0.0.1", port), 500);
                    return;
                } catch (IOException notYet) {
                    // the port opens a moment after
                }
            }
            FlightClaimStack.sleep(100);
        }
        throw new IllegalStateException(what + " did not open port " + port + " in " + timeout.toSeconds() + " s: "
                + tail(log));
    }

    /** Stops the process and what it started (a start script's JVM), forcibly after 20 s. */
    static void stop(Process process) {
        List<ProcessHandle> all = new java.util.ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle p : all) {
            p.onExit().orTimeout(20, TimeUnit.SECONDS).exceptionally(t -> {
                p.destroyForcibly();
                return p;
            }).join();
        }
    }

    static String read(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tail(Path log) {
        String text = read(log);
        return text.length() <= 2000 ? text : "…" + text.substring(text.length() - 2000);
    }
}
