package eu.flightclaim.claims.application.system;

/**
 * Names of the startup beans others wait for: the schema is migrated before any startup bean uses
 * the database, so each of those declares {@code @DependsOn(StartupOrder.SCHEMA_MIGRATION)}.
 */
public final class StartupOrder {

    /** The bean that migrates the schema at deployment (infrastructure.persistence.SchemaMigration). */
    public static final String SCHEMA_MIGRATION = "SchemaMigration";

    private StartupOrder() {
    }
}
