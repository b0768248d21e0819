package eu.flightclaim.claims.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import java.time.Duration;

/**
 * The staff sign-in state as SQL: it is judged by the database's clock ({@code now()}) and moved by
 * conditional updates, so several instances count failures and spend codes as one.
 */
final class StaffSignInQueries {

    private StaffSignInQueries() {
    }

    /** SQL: the lock-out is compared with the database's clock. */
    static boolean isLocked(EntityManager em, long id) {
        return Boolean.TRUE.equals(em.createNativeQuery("SELECT locked_until > now() FROM staff_account WHERE id = ?")
                .setParameter(1, id).getSingleResult());
    }

    /**
     * SQL: one conditional update counts and locks by the database's clock, whoever else fails at once.
     * True when this failure started a lock-out.
     */
    static boolean countFailure(EntityManager em, long id, int maxFailures, Duration lockout) {
        // counting starts again once an earlier lock-out has run out
        return Boolean.TRUE.equals(em.createNativeQuery("""
                UPDATE staff_account
                   SET failed_logins = CASE WHEN locked_until <= now() THEN 1 ELSE failed_logins + 1 END,
                       locked_until = CASE
                           WHEN (CASE WHEN locked_until <= now() THEN 1 ELSE failed_logins + 1 END) >= ?
                               THEN now() + (? * interval '1 second')
                           WHEN locked_until <= now() THEN NULL
                           ELSE locked_until END
                 WHERE id = ?
                RETURNING locked_until > now()
                """).setParameter(1, maxFailures).setParameter(2, lockout.toSeconds()).setParameter(3, id)
                .getSingleResult());
    }

    /** SQL: the sign-in time is the database's clock. */
    static void recordSignIn(EntityManager em, long id) {
        em.createNativeQuery("UPDATE staff_account SET failed_logins = 0, locked_until = NULL, last_login_at = now()"
                + " WHERE id = ?").setParameter(1, id).executeUpdate();
    }

    /** SQL: the lock-out columns are written by these statements only (the entity reads them). */
    static void clearLockout(EntityManager em, long id) {
        em.createNativeQuery("UPDATE staff_account SET failed_logins = 0, locked_until = NULL WHERE id = ?")
                .setParameter(1, id).executeUpdate();
    }

    /** SQL: a conditional update, so a code works once even when two sign-ins race with it. */
    static boolean useTotpStep(EntityManager em, long id, long step) {
        return em.createNativeQuery("UPDATE staff_account SET totp_last_step = ? WHERE id = ?"
                        + " AND (totp_last_step IS NULL OR totp_last_step < ?)")
                .setParameter(1, step).setParameter(2, id).setParameter(3, step).executeUpdate() == 1;
    }

    /** SQL: a conditional update (used once, even in a race), stamped by the database's clock. */
    static boolean useRecoveryCode(EntityManager em, long id, String codeHash) {
        return em.createNativeQuery("UPDATE staff_recovery_code SET used_at = now()"
                        + " WHERE code_hash = ? AND staff_account_id = ? AND used_at IS NULL")
                .setParameter(1, codeHash).setParameter(2, id).executeUpdate() == 1;
    }
}
