package eu.flightclaim.claims.application;

import java.sql.SQLException;

/**
 * PostgreSQL's SQLSTATE codes that a caller can act on, read from anywhere in an exception's cause
 * chain (EclipseLink and the transaction manager wrap the driver's exception), so that no driver
 * class is needed to tell a taken key from a broken database.
 */
public final class SqlStates {

    public static final String UNIQUE_VIOLATION = "23505";
    public static final String SERIALIZATION_FAILURE = "40001";
    public static final String DEADLOCK_DETECTED = "40P01";
    public static final String LOCK_NOT_AVAILABLE = "55P03";
    public static final String STRING_TOO_LONG = "22001";
    public static final String NUMBER_OUT_OF_RANGE = "22003";
    public static final String INVALID_DATETIME = "22007";
    public static final String DATETIME_OUT_OF_RANGE = "22008";
    public static final String CHARACTER_NOT_IN_REPERTOIRE = "22021";
    public static final String UNTRANSLATABLE_CHARACTER = "22P05";
    public static final String QUERY_CANCELED = "57014";
    /** Class 08: the connection failed. */
    public static final String CONNECTION_EXCEPTION_CLASS = "08";

    private SqlStates() {
    }

    /** The first SQLSTATE in the cause chain, or null. */
    public static String of(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    public static boolean is(Throwable e, String state) {
        return state.equals(of(e));
    }
}
