package eu.flightclaim.claims.infrastructure.persistence;

import eu.flightclaim.claims.application.system.StartupOrder;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date when the EAR deploys, before any other bean touches the
 * database: every startup bean that uses the database declares {@code @DependsOn(StartupOrder.SCHEMA_MIGRATION)}.
 * Each EJB module keeps its migrations under {@code db/migration/<module>}; one Flyway run over
 * {@code db/migration} applies them all with one history table. Flyway's PostgreSQL advisory
 * lock makes concurrent deployments on several instances wait for each other.
 */
@Singleton(name = StartupOrder.SCHEMA_MIGRATION)
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = DataSourceName.JNDI_NAME)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .table("flyway_schema_history")
                .validateMigrationNaming(true)
                // both modules' migrations share this history and their version ranges interleave
                // (claims 2026.11.22.1-99, files .100+): a new claims migration is lower than files'
                // newest one on every existing database and must still run
                .outOfOrder(true)
                .load()
                .migrate();
        schemaVersion = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Schema at version " + schemaVersion + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    private volatile String schemaVersion;


    /** The schema version this deployment brought the database to (null until the migration ran). */
    public String schemaVersion() {
        return schemaVersion;
    }
}
