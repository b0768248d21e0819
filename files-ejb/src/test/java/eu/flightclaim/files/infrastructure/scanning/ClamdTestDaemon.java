package eu.flightclaim.files.infrastructure.scanning;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real clamd (Debian's clamav-daemon, installed by .ci/run) on a free port, with a tiny offline
 * signature database: an .ndb line for the EICAR string and an .hdb of the clamav-testfiles samples
 * made with sigtool. Starts in about a second.
 */
public final class ClamdTestDaemon implements AutoCloseable {

    public static final Path CLAMD = Path.of("/usr/sbin/clamd");
    public static final Path TEST_FILES = Path.of("/usr/share/clamav-testfiles");
    public static final byte[] EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"
            .getBytes(StandardCharsets.US_ASCII);

    private final Path config;
    private final int port;
    private Process process;

    public static boolean installed() {
        return Files.isExecutable(CLAMD) && Files.isDirectory(TEST_FILES);
    }

    public ClamdTestDaemon(Path work) throws IOException, InterruptedException {
        Path db = Files.createDirectories(work.resolve("clamd-db").toAbsolutePath());
        Files.writeString(db.resolve("test.ndb"), "Eicar-Test-Signature:0:*:" + HexFormat.of().formatHex(EICAR) + "\n");
        List<String> sigtool = new ArrayList<>(List.of("sigtool", "--md5"));
        try (Stream<Path> samples = Files.list(TEST_FILES)) {
            samples.filter(Files::isRegularFile).map(Path::toString).sorted().forEach(sigtool::add);
        }
        Process hashes = new ProcessBuilder(sigtool).redirectOutput(db.resolve("test.hdb").toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (hashes.waitFor() != 0) {
            throw new IOException("sigtool failed");
        }
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        config = work.resolve("clamd.conf").toAbsolutePath();
        Files.writeString(config, String.join("\n", "DatabaseDirectory " + db, "TCPSocket " + port, "TCPAddr 127.0.0.1",
                "Foreground yes", "LogFile " + work.toAbsolutePath().resolve("clamd.log"), "StreamMaxLength 200M",
                "MaxScanSize 200M", "MaxFileSize 200M", "") );
        start();
    }

    public int port() {
        return port;
    }

    public synchronized void start() throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            return;
        }
        process = new ProcessBuilder(CLAMD.toString(), "-c", config.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        ClamdScanner scanner = new ClamdScanner("127.0.0.1", port, Duration.ofSeconds(2));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!scanner.ping()) {
            if (System.nanoTime() > deadline || !process.isAlive()) {
                throw new IOException("clamd did not start (see " + config.getParent().resolve("clamd.log") + ")");
            }
            Thread.sleep(100);
        }
    }

    public synchronized void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            process.waitFor();
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
