package eu.flightclaim.claims.infrastructure.persistence;

import eu.flightclaim.claims.domain.model.identity.Session;
import eu.flightclaim.claims.domain.model.identity.SessionRepository.RefreshTokenUse;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Sessions and refresh tokens as SQL: expiry, use and revocation are judged and stamped by the database's clock. */
final class SessionQueries {

    private SessionQueries() {
    }

    /** SQL: expires_at by the database's clock. */
    static void addRefreshToken(EntityManager em, String tokenHash, UUID session, Duration lifetime) {
        em.createNativeQuery("INSERT INTO refresh_token (token_hash, session_id, expires_at)"
                        + " VALUES (?, ?, now() + (? * interval '1 second'))")
                .setParameter(1, tokenHash).setParameter(2, session).setParameter(3, lifetime.toSeconds())
                .executeUpdate();
    }

    /** SQL: expiry by the database's clock; FOR UPDATE OF both rows, so two uses of one token wait for each other. */
    static Optional<RefreshTokenUse> lockRefreshToken(EntityManager em, String tokenHash) {
        List<?> rows = em.createNativeQuery("""
                SELECT s.id, s.subject, s.principal, s.groups_csv, t.replaced_at IS NOT NULL, t.expires_at < now(),
                       s.revoked_at IS NOT NULL
                  FROM refresh_token t JOIN auth_session s ON s.id = t.session_id
                 WHERE t.token_hash = ? FOR UPDATE OF t, s
                """).setParameter(1, tokenHash).getResultList();
        return rows.stream().map(row -> (Object[]) row).map(r -> new RefreshTokenUse((UUID) r[0], (String) r[1],
                (String) r[2], Session.groups((String) r[3]), Boolean.TRUE.equals(r[4]), Boolean.TRUE.equals(r[5]),
                Boolean.TRUE.equals(r[6]))).findFirst();
    }

    /** SQL: replaced_at by the database's clock. */
    static void replaceRefreshToken(EntityManager em, String tokenHash) {
        em.createNativeQuery("UPDATE refresh_token SET replaced_at = now() WHERE token_hash = ?")
                .setParameter(1, tokenHash).executeUpdate();
    }

    /** SQL: last_used_at by the database's clock. */
    static void touch(EntityManager em, UUID session, String userAgent, String ip) {
        em.createNativeQuery("UPDATE auth_session SET last_used_at = now(), user_agent = coalesce(?, user_agent),"
                        + " ip = coalesce(?, ip) WHERE id = ?")
                .setParameter(1, userAgent).setParameter(2, ip).setParameter(3, session).executeUpdate();
    }

    /** SQL: a token still valid by the database's clock. */
    @SuppressWarnings("unchecked")
    static List<Session> active(EntityManager em, String subject) {
        return em.createNativeQuery("""
                SELECT * FROM auth_session
                 WHERE subject = ? AND revoked_at IS NULL
                   AND EXISTS (SELECT 1 FROM refresh_token t WHERE t.session_id = auth_session.id AND t.expires_at > now())
                 ORDER BY last_used_at DESC
                """, Session.class).setParameter(1, subject).getResultList();
    }

    /** SQL: conditional updates (only what is not revoked yet), stamped by the database's clock. */
    static int revokeOwn(EntityManager em, UUID session, String subject, String why) {
        return em.createNativeQuery("UPDATE auth_session SET revoked_at = now(), revoked_why = ?"
                        + " WHERE id = ? AND subject = ? AND revoked_at IS NULL")
                .setParameter(1, why).setParameter(2, session).setParameter(3, subject).executeUpdate();
    }

    static void revokeAll(EntityManager em, String subject, String why) {
        em.createNativeQuery("UPDATE auth_session SET revoked_at = now(), revoked_why = ? WHERE subject = ?"
                + " AND revoked_at IS NULL").setParameter(1, why).setParameter(2, subject).executeUpdate();
    }

    static void revoke(EntityManager em, UUID session, String why) {
        em.createNativeQuery("UPDATE auth_session SET revoked_at = now(), revoked_why = ? WHERE id = ? AND revoked_at IS NULL")
                .setParameter(1, why).setParameter(2, session).executeUpdate();
    }
}
