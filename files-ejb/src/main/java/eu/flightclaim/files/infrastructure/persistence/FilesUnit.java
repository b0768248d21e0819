package eu.flightclaim.files.infrastructure.persistence;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;

/** The persistence unit of this module, and what its repositories read from the database's refusals. */
public final class FilesUnit {

    /** {@code META-INF/persistence.xml}: the datasource is named there only. */
    public static final String UNIT = "files";

    /** EclipseLink's hint that makes a find read the row again even when the entity is managed. */
    static final String REFRESH = "eclipselink.refresh";

    private static final String UNIQUE_VIOLATION = "23505";

    private FilesUnit() {
    }

    /** Whether the database refused a duplicate key (in {@code index}, when not null). */
    static boolean uniqueViolation(PersistenceException e, String index) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return index == null || String.valueOf(sql.getMessage()).contains(index);
            }
        }
        return false;
    }
}
