package eu.flightclaim.claims.domain.model.identity;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Sessions and their refresh tokens (only the tokens' hashes). Expiry, use and revocation times are
 * the database's clock, so every instance of a cluster judges a token alike.
 */
public interface SessionRepository {

    /** A refresh token presented for use, with its session, locked until the transaction ends. */
    record RefreshTokenUse(UUID sessionId, String subject, String principal, List<String> groups, boolean replaced,
            boolean expired, boolean sessionRevoked) {
    }

    /** Stores a new session now, so its tokens can refer to it. */
    void open(Session session);

    void addRefreshToken(String tokenHash, UUID session, Duration lifetime);

    Optional<RefreshTokenUse> lockRefreshToken(String tokenHash);

    /** Marks a refresh token used up: presenting it again means it was copied. */
    void replaceRefreshToken(String tokenHash);

    /** The session was used now; a null user agent or address keeps the one it had. */
    void touch(UUID session, String userAgent, String ip);

    /** The subject's sessions not revoked and with a refresh token still valid, last used first. */
    List<Session> active(String subject);

    /** Revokes the subject's session; false when it has no such session still active. */
    boolean revokeOwn(UUID session, String subject, String why);

    void revokeAll(String subject, String why);

    void revoke(UUID session, String why);

    /** Revoked, or unknown. */
    boolean isRevoked(UUID session);
}
