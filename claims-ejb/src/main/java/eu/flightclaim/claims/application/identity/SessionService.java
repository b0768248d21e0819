package eu.flightclaim.claims.application.identity;

import eu.flightclaim.claims.application.NotFoundException;

import eu.flightclaim.claims.domain.model.identity.SecretTokens;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import eu.flightclaim.claims.infrastructure.persistence.SqlValues;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sessions and their tokens. A session is a refresh-token family: every refresh replaces the
 * token; presenting a replaced one again means it was copied, and the whole session is revoked.
 * Access tokens carry the session id ({@code sid}) so revoking a session stops them too.
 */
@Stateless
public class SessionService {

    public static final String REFUSED = "The sign-in is not valid any more. Please sign in again.";
    public static final Duration REFRESH_LIFETIME = Duration.ofDays(30);

    /** What a client keeps after signing in. */
    public record TokenPair(String accessToken, String refreshToken, long expiresIn, UUID sessionId) {
    }

    /** A session as its owner sees it. */
    public record SessionView(UUID id, String userAgent, String ip, OffsetDateTime createdAt, OffsetDateTime lastUsedAt) {
    }

    @PersistenceContext(unitName = "flightclaim")
    private EntityManager em;
    @Inject
    private TokenKeys keys;
    @Inject
    @ConfigProperty(name = "FC_ACCESS_TOKEN_MINUTES", defaultValue = "15")
    private long accessTokenMinutes;

    public TokenPair open(String subject, String principal, List<String> groups, String userAgent, String ip) {
        UUID session = UUID.randomUUID();
        em.createNativeQuery("INSERT INTO auth_session (id, subject, principal, groups_csv, user_agent, ip)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .setParameter(1, session).setParameter(2, subject).setParameter(3, principal)
                .setParameter(4, String.join(",", groups)).setParameter(5, clip(userAgent, 500)).setParameter(6, clip(ip, 64))
                .executeUpdate();
        return issue(session, subject, principal, groups);
    }

    /** A new pair for a valid refresh token; the old one is spent. */
    public TokenPair refresh(String refreshToken, String userAgent, String ip) {
        if (!SecretTokens.looksLikeToken(refreshToken)) {
            throw new AuthenticationFailedException(REFUSED);
        }
        String hash = SecretTokens.hash(refreshToken);
        List<?> rows = em.createNativeQuery("""
                SELECT s.id, s.subject, s.principal, s.groups_csv, t.replaced_at IS NOT NULL, t.expires_at < now(),
                       s.revoked_at IS NOT NULL
                  FROM refresh_token t JOIN auth_session s ON s.id = t.session_id
                 WHERE t.token_hash = ? FOR UPDATE OF t, s
                """).setParameter(1, hash).getResultList();
        if (rows.isEmpty()) {
            throw new AuthenticationFailedException(REFUSED);
        }
        Object[] row = (Object[]) rows.get(0);
        UUID session = (UUID) row[0];
        if (Boolean.TRUE.equals(row[4])) {
            revoke(session, "refresh token reused"); // commits: the exception does not roll back
            throw new AuthenticationFailedException(REFUSED);
        }
        if (Boolean.TRUE.equals(row[5]) || Boolean.TRUE.equals(row[6])) {
            throw new AuthenticationFailedException(REFUSED);
        }
        em.createNativeQuery("UPDATE refresh_token SET replaced_at = now() WHERE token_hash = ?").setParameter(1, hash)
                .executeUpdate();
        em.createNativeQuery("UPDATE auth_session SET last_used_at = now(), user_agent = coalesce(?, user_agent),"
                        + " ip = coalesce(?, ip) WHERE id = ?")
                .setParameter(1, clip(userAgent, 500)).setParameter(2, clip(ip, 64)).setParameter(3, session).executeUpdate();
        return issue(session, (String) row[1], (String) row[2], Arrays.asList(((String) row[3]).split(",")));
    }

    @SuppressWarnings("unchecked")
    public List<SessionView> activeSessions(String subject) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT id, user_agent, ip, created_at, last_used_at FROM auth_session
                 WHERE subject = ? AND revoked_at IS NULL
                   AND EXISTS (SELECT 1 FROM refresh_token t WHERE t.session_id = auth_session.id AND t.expires_at > now())
                 ORDER BY last_used_at DESC
                """).setParameter(1, subject).getResultList();
        return rows.stream().map(r -> new SessionView((UUID) r[0], (String) r[1], (String) r[2],
                SqlValues.offsetDateTime(r[3]), SqlValues.offsetDateTime(r[4]))).toList();
    }

    /** Revokes one of the subject's own sessions; someone else's is not found. */
    public void revokeOwn(String subject, UUID session) {
        int n = em.createNativeQuery("UPDATE auth_session SET revoked_at = now(), revoked_why = 'revoked by owner'"
                        + " WHERE id = ? AND subject = ? AND revoked_at IS NULL")
                .setParameter(1, session).setParameter(2, subject).executeUpdate();
        if (n == 0) {
            throw new NotFoundException("session", session);
        }
    }

    /** Ends every session of a subject (a password change, a disabled account). */
    public void revokeAll(String subject, String why) {
        em.createNativeQuery("UPDATE auth_session SET revoked_at = now(), revoked_why = ? WHERE subject = ?"
                + " AND revoked_at IS NULL").setParameter(1, why).setParameter(2, subject).executeUpdate();
    }

    public void revoke(UUID session, String why) {
        em.createNativeQuery("UPDATE auth_session SET revoked_at = now(), revoked_why = ? WHERE id = ? AND revoked_at IS NULL")
                .setParameter(1, why).setParameter(2, session).executeUpdate();
    }

    public boolean isRevoked(UUID session) {
        List<?> rows = em.createNativeQuery("SELECT revoked_at IS NOT NULL FROM auth_session WHERE id = ?")
                .setParameter(1, session).getResultList();
        return rows.isEmpty() || Boolean.TRUE.equals(rows.get(0));
    }

    private TokenPair issue(UUID session, String subject, String principal, List<String> groups) {
        String refresh = SecretTokens.newToken();
        em.createNativeQuery("INSERT INTO refresh_token (token_hash, session_id, expires_at)"
                        + " VALUES (?, ?, now() + (? * interval '1 second'))")
                .setParameter(1, SecretTokens.hash(refresh)).setParameter(2, session)
                .setParameter(3, REFRESH_LIFETIME.toSeconds()).executeUpdate();
        Duration lifetime = Duration.ofMinutes(accessTokenMinutes);
        String access = keys.signer().sign(subject, principal, groups, session, Instant.now(), lifetime);
        return new TokenPair(access, refresh, lifetime.toSeconds(), session);
    }

    private static String clip(String s, int max) {
        return s == null ? null : s.length() <= max ? s : s.substring(0, max);
    }
}
