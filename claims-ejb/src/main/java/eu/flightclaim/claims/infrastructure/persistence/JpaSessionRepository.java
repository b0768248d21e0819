package eu.flightclaim.claims.infrastructure.persistence;

import eu.flightclaim.claims.domain.model.identity.Session;
import eu.flightclaim.claims.domain.model.identity.SessionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Sessions with JPA; what the database's clock decides by {@link SessionQueries}. Runs in the caller's transaction. */
@ApplicationScoped
public class JpaSessionRepository extends PersistenceAdapter implements SessionRepository {

    @Override
    public void open(Session session) {
        em.persist(session);
        em.flush();
    }

    @Override
    public void addRefreshToken(String tokenHash, UUID session, Duration lifetime) {
        SessionQueries.addRefreshToken(em, tokenHash, session, lifetime);
    }

    @Override
    public Optional<RefreshTokenUse> lockRefreshToken(String tokenHash) {
        return SessionQueries.lockRefreshToken(em, tokenHash);
    }

    @Override
    public void replaceRefreshToken(String tokenHash) {
        SessionQueries.replaceRefreshToken(em, tokenHash);
    }

    @Override
    public void touch(UUID session, String userAgent, String ip) {
        SessionQueries.touch(em, session, userAgent, ip);
    }

    @Override
    public List<Session> active(String subject) {
        return SessionQueries.active(em, subject);
    }

    @Override
    public boolean revokeOwn(UUID session, String subject, String why) {
        return SessionQueries.revokeOwn(em, session, subject, why) == 1;
    }

    @Override
    public void revokeAll(String subject, String why) {
        SessionQueries.revokeAll(em, subject, why);
    }

    @Override
    public void revoke(UUID session, String why) {
        SessionQueries.revoke(em, session, why);
    }

    @Override
    public boolean isRevoked(UUID session) {
        // a query, not find(): what is in this persistence context may predate a revocation
        return em.createQuery("SELECT COUNT(s) FROM Session s WHERE s.id = :id AND s.revokedAt IS NULL", Long.class)
                .setParameter("id", session).getSingleResult() == 0;
    }
}
