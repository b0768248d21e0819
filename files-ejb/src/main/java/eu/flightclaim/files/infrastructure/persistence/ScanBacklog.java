package eu.flightclaim.files.infrastructure.persistence;

import jakarta.persistence.EntityManager;

/** How many documents wait for a virus scan, and for how long the oldest has. SQL: the age is the database's clock. */
public final class ScanBacklog {

    public record Size(long documents, double oldestSeconds) {
    }

    private static final String SQL = "SELECT count(*), coalesce(extract(epoch FROM now() - min(uploaded_at)), 0)"
            + " FROM document WHERE status = 'SCANNING'";

    private ScanBacklog() {
    }

    public static Size read(EntityManager em) {
        // a count waiting on a lock fails after 5 s rather than holding the timer; the gauges' age says so
        Object[] r = (Object[]) em.createNativeQuery(SQL).setHint("jakarta.persistence.query.timeout", 5000)
                .getSingleResult();
        return new Size(((Number) r[0]).longValue(), ((Number) r[1]).doubleValue());
    }
}
