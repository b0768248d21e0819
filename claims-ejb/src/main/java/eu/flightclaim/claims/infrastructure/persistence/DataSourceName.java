package eu.flightclaim.claims.infrastructure.persistence;

/** JNDI names of the database resources the EAR expects the server to provide. */
public final class DataSourceName {

    /** The PostgreSQL datasource; created by the run profile or by the operator. */
    public static final String JNDI_NAME = "jdbc/flightclaim";

    private DataSourceName() {
    }
}
