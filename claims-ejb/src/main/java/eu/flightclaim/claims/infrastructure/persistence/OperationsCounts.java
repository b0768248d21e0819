package eu.flightclaim.claims.infrastructure.persistence;

import jakarta.persistence.EntityManager;

/**
 * What an operator alerts on, counted in the database for the metrics every 15 s. SQL: several counts
 * in one round trip, ages by the database's clock.
 */
public final class OperationsCounts {

    /** The outbox by state, how long its oldest pending email has waited, and open claims near their deadline. */
    public record Snapshot(long emailsPending, long emailsSending, long emailsFailed, double oldestPendingEmailSeconds,
            long openClaimsNearDeadline) {
    }

    private static final String SQL = "SELECT"
            + " (SELECT count(*) FROM email_outbox WHERE status = 'PENDING'),"
            + " (SELECT count(*) FROM email_outbox WHERE status = 'SENDING'),"
            + " (SELECT count(*) FROM email_outbox WHERE status = 'FAILED'),"
            + " (SELECT coalesce(extract(epoch FROM now() - min(created_at)), 0) FROM email_outbox WHERE status = 'PENDING'),"
            + " (SELECT count(*) FROM claim WHERE " + ClaimSearchQuery.nearDeadline("") + ")";

    private OperationsCounts() {
    }

    /** {@code nearDays}: how close to its limitation deadline an undecided claim counts as near it. */
    public static Snapshot read(EntityManager em, int nearDays) {
        // a count waiting on a lock fails after 5 s rather than holding the timer; the gauges' age says so
        Object[] r = (Object[]) em.createNativeQuery(SQL).setParameter(1, nearDays)
                .setHint("jakarta.persistence.query.timeout", 5000).getSingleResult();
        return new Snapshot(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                ((Number) r[3]).doubleValue(), ((Number) r[4]).longValue());
    }
}
